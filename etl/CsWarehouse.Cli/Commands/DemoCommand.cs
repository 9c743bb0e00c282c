using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Kpi;
using CsWarehouse.Etl.Kpi.Output;
using CsWarehouse.Etl.Loading;
using Dapper;

namespace CsWarehouse.Cli.Commands;

/// <summary><c>cswh demo</c>: load the committed sample into the embedded default and show what landed.</summary>
public sealed class DemoCommand : Command
{
    private static readonly OptionSpec Samples = new("--samples", "DIR",
        "Folder of sample exports to load.", "--samples samples/demo", "samples/demo");

    public override string Name => "demo";
    public override string Summary => "Load the sample exports into a local DuckDB warehouse and summarise it.";
    public override IReadOnlyList<OptionSpec> Options => [Samples, CommonOptions.Db, CommonOptions.Help];

    private static readonly (string Table, string Label)[] Tables =
    [
        ("dw.dim_agent", "agent versions"), ("dw.dim_customer", "customers"), ("dw.dim_channel", "channels"),
        ("dw.dim_topic", "topics"), ("dw.dim_date", "calendar days"), ("dw.fact_ticket", "tickets"),
        ("dw.fact_ticket_message", "ticket messages"), ("dw.fact_call", "calls"),
        ("dw.fact_survey_response", "survey responses"), ("dw.fact_agent_shift", "agent shifts"),
    ];

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var folder = options.Get(Samples.Name) ?? "samples/demo";
        if (!Directory.Exists(folder))
            throw new ConfigurationException($"sample folder '{folder}' not found: run from the repository root or pass --samples DIR.");
        var (target, log) = WarehouseSession.Resolve(options, terminal);
        // The sample is written in Vietnam's local time, as a Vietnamese support team would export it.
        var settings = new LoadSettings
        {
            SourceTimeZone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--source-tz"),
            ReportingTimeZone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--reporting-tz"),
        };
        using var engine = WarehouseSession.OpenMigrated(target, log, wait: true);
        var outcome = new LoadRunner(engine, log).Run(new LoadRequest(folder, settings));
        LoadSummary.WriteTable(outcome, terminal.Out);
        if (!outcome.Succeeded) return ExitCodes.RunFailed;
        terminal.Out.WriteLine();
        terminal.Out.WriteLine($"The warehouse {target.Describe()} now holds:");
        foreach (var (table, label) in Tables)
            terminal.Out.WriteLine($"  {engine.Connection.ExecuteScalar<long>($"select count(*) from {table}"),10:N0} {label,-18} ({table})");
        WriteHeadlines(KpiCalculator.Compute(engine.Connection, new KpiRequest(KpiSlice.Month)), terminal.Out);
        return ExitCodes.Success;
    }

    /// <summary>The latest month's headline KPIs of each dashboard, and where to see the rest.</summary>
    private static void WriteHeadlines(KpiTable months, TextWriter output)
    {
        if (months.Rows.Count == 0) return;
        var latest = months.Rows[^1];
        output.WriteLine();
        output.WriteLine($"Headline KPIs of {latest.Title} (all of them: cswh kpi --by month):");
        KpiTextWriter.WriteHeadlines(latest, output);
    }
}
