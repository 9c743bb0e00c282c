namespace CsWarehouse.Etl.Kpi.Output;

/// <summary>A KPI report as CSV: the slice label columns, then one column per code; an unknown value is an empty cell.</summary>
public static class KpiCsvWriter
{
    public static void Write(KpiTable table, TextWriter output)
    {
        output.Write(string.Join(",", table.LabelColumns.Concat(table.Codes)) + "\n");
        foreach (var row in table.Rows)
            output.Write(string.Join(",", row.Labels.Select(Quote).Concat(table.Codes.Select(c => KpiValueFormat.Invariant(row.Values[c])))) + "\n");
    }

    private static string Quote(string? text) =>
        text is null ? ""
        : text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text
        : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
