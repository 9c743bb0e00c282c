namespace CsWarehouse.Etl.Reading;

/// <summary>What to report for a rejected row: its problems, named by the vendor columns when a profile mapped it.</summary>
internal static class RowProblems
{
    public static IEnumerable<RowProblem> Of(ParsedRow row, IMappedRecordSource? mapped)
    {
        if (mapped is null) return row.Problems;
        // A value the profile could not map is also empty to the validator; report the mapping problem only.
        var unmapped = mapped.Problems.Select(p => p.Column).ToHashSet();
        return mapped.Problems.Concat(row.Problems
            .Select(p => p with { Column = mapped.Describe(p.Column), Value = mapped.VendorValue(p.Column) ?? p.Value })
            .Where(p => !unmapped.Contains(p.Column)));
    }
}
