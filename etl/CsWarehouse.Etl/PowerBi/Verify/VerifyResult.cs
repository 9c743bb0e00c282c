namespace CsWarehouse.Etl.PowerBi.Verify;

/// <summary>One measure value that differs from the warehouse's (or could not be evaluated), in one slice.</summary>
public sealed record VerifyDifference(string Measure, string Slice, string ModelValue, string WarehouseValue);

/// <summary>What <c>cswh powerbi verify</c> found: how many (measure, slice) checks agreed, and every one that did not.</summary>
public sealed record VerifyResult(int Passed, IReadOnlyList<VerifyDifference> Failures, IReadOnlyList<string> Notes)
{
    /// <summary>Every (measure, slice) compared, passed or not.</summary>
    public IReadOnlySet<(string Measure, string Slice)> Compared { get; init; } = new HashSet<(string, string)>();

    public int Failed => Failures.Count;
}
