namespace CsWarehouse.Tests.Kpi;

/// <summary>A <c>cswh kpi --format csv</c> output read back: the label of each row and its cells by column name.</summary>
internal sealed record KpiReport(IReadOnlyList<string> Codes, IReadOnlyList<KpiReportRow> Rows)
{
    private static readonly HashSet<string> LabelColumns = ["month", "day", "agent", "agent_name", "channel", "topic"];

    public KpiReportRow Row(string label) => Rows.Single(r => r.Label == label);

    public static KpiReport Parse(string csv)
    {
        var lines = csv.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            Assert.Equal(header.Length, cells.Length);
            return new KpiReportRow(cells[0], header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }).ToList();
        return new KpiReport(header.Where(h => !LabelColumns.Contains(h)).ToList(), rows);
    }
}

/// <summary>One report row: its first label (month, day, agent id, channel or topic; empty = none) and its cells.</summary>
internal sealed record KpiReportRow(string Label, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells[column];
}
