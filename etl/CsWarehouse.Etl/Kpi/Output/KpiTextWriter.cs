namespace CsWarehouse.Etl.Kpi.Output;

/// <summary>A KPI report for a terminal: one block per dashboard, a line per code, a column per slice (wrapped to fit).</summary>
public static class KpiTextWriter
{
    private const int CodeWidth = 28, LineWidth = 120;

    public static void Write(KpiTable table, TextWriter output)
    {
        if (table.Rows.Count == 0)
        {
            output.WriteLine("No data in the warehouse for these months. Load exports with: cswh load --source DIR");
            return;
        }
        output.WriteLine($"KPIs by {table.By.ToString().ToLowerInvariant()}, {table.FromMonth} to {table.ToMonth}");
        foreach (var dashboard in KpiDashboard.All)
        {
            var codes = dashboard.Codes.Where(table.Codes.Contains).ToList();
            if (codes.Count == 0) continue;
            output.WriteLine();
            output.WriteLine($"== {dashboard.Name} ==");
            // Each slice's column width depends on all its codes: worked out once, not once per cell.
            var columns = table.Rows.Select(r => (Row: r, Width: Width(r, codes))).ToList();
            foreach (var chunk in Chunks(columns))
            {
                output.WriteLine($"  {"",-CodeWidth}" + string.Concat(chunk.Select(c => Cell(c.Row.Title, c.Width))));
                foreach (var code in codes)
                    output.WriteLine($"  {code,-CodeWidth}" + string.Concat(chunk.Select(c => Cell(KpiValueFormat.Human(code, c.Row.Values[code]), c.Width))));
            }
        }
    }

    /// <summary>One line per dashboard with its headline codes for one slice (the demo's closing summary).</summary>
    public static void WriteHeadlines(KpiRow row, TextWriter output)
    {
        foreach (var dashboard in KpiDashboard.All)
            output.WriteLine($"  {dashboard.Name + ":",-23} " + string.Join("  ", dashboard.Headline
                .Where(row.Values.ContainsKey)
                .Select(code => $"{code} {KpiValueFormat.Human(code, row.Values[code])}")));
    }

    private static IEnumerable<List<(KpiRow Row, int Width)>> Chunks(IEnumerable<(KpiRow Row, int Width)> columns)
    {
        var chunk = new List<(KpiRow Row, int Width)>();
        var width = CodeWidth + 2;
        foreach (var column in columns)
        {
            if (chunk.Count > 0 && width + column.Width > LineWidth) { yield return chunk; chunk = []; width = CodeWidth + 2; }
            chunk.Add(column);
            width += column.Width;
        }
        if (chunk.Count > 0) yield return chunk;
    }

    private static int Width(KpiRow row, IReadOnlyList<string> codes) =>
        2 + Math.Max(Math.Min(row.Title.Length, 24), codes.Max(c => KpiValueFormat.Human(c, row.Values[c]).Length));

    private static string Cell(string text, int width) =>
        (text.Length > width - 2 ? text[..(width - 3)] + "…" : text).PadLeft(width);
}
