using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Kpi;

namespace CsWarehouse.Cli.Commands;

/// <summary><c>cswh kpi</c>: the KPI codes of docs/kpi.md from the kpi views, per month, day, agent, channel or topic.</summary>
public sealed class KpiCommand : Command
{
    private static readonly OptionSpec From = new("--from", "YYYY-MM",
        "First month to report; rows are placed by each KPI's own date role.", "--from 2026-01", "first month with data");
    private static readonly OptionSpec To = new("--to", "YYYY-MM",
        "Last month to report (inclusive).", "--to 2026-03", "last month with data");
    private static readonly OptionSpec By = new("--by", "SLICE",
        "One row per month, day, agent, channel or topic, or one row for the whole range (total); each row's rates are divided from its own sums.", "--by agent", "month");
    private static readonly OptionSpec Format = new("--format", "FORMAT",
        "table (for people, grouped by dashboard), csv or json (rates as fractions 0-1, unknown = empty/null), or xlsx (one sheet per dashboard, needs --out).",
        "--format csv", "table");
    private static readonly OptionSpec Out = new("--out", "FILE",
        "Write the report to this file instead of standard output.", "--out kpi-2026-q1.xlsx");

    public override string Name => "kpi";
    public override string Summary => "Compute the KPIs of the four dashboards from the warehouse and print or export them.";
    public override IReadOnlyList<OptionSpec> Options => [CommonOptions.Db, From, To, By, Format, Out, CommonOptions.Bom, CommonOptions.Help];

    public override IReadOnlyList<string> Examples =>
    [
        "cswh kpi --from 2026-01 --to 2026-03",
        "cswh kpi --by month --format csv --out kpi-monthly.csv",
        "cswh kpi --by agent --format csv --bom --out kpi-agents.csv",
        "cswh kpi --by agent --from 2026-03 --to 2026-03 --format json",
        "cswh kpi --db \"postgres:Host=db;Database=cswh;Username=report\" --format xlsx --out kpi.xlsx",
    ];

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var request = Request(options);
        var format = KpiOutput.Parse(options.Get(Format.Name) ?? "table", options.Get(Out.Name), Format.Name);
        var (target, log) = WarehouseSession.Resolve(options, terminal);
        KpiTable table;
        using (var engine = WarehouseSession.OpenForReading(target, log))
            table = KpiCalculator.Compute(engine.Connection, request);
        foreach (var note in table.Notes) log.Warn(note);
        KpiOutput.Write(table, format, options.Get(Out.Name), terminal.Out, CommonOptions.CsvPreamble(options));
        return ExitCodes.Success;
    }

    private static KpiRequest Request(ParsedOptions options)
    {
        var text = options.Get(By.Name) ?? "month";
        if (!Enum.TryParse<KpiSlice>(text, ignoreCase: true, out var by) || !Enum.IsDefined(by) || text.Any(char.IsDigit))
            throw new ConfigurationException($"--by must be month, day, agent, channel, topic or total, not '{text}'.");
        var from = MonthKey(options.GetDate(From.Name, "yyyy-MM"));
        var to = MonthKey(options.GetDate(To.Name, "yyyy-MM"));
        if (from > to) throw new ConfigurationException($"--from ({options.Get(From.Name)}) is after --to ({options.Get(To.Name)}).");
        return new KpiRequest(by, from, to);
    }

    private static int? MonthKey(DateOnly? month) => month is { } m ? m.Year * 100 + m.Month : null;
}
