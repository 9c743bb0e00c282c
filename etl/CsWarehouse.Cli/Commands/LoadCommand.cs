using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Loading;

namespace CsWarehouse.Cli.Commands;

/// <summary><c>cswh load</c>: migrate, then load a folder of exports as one transaction.</summary>
public sealed class LoadCommand : Command
{
    public static readonly OptionSpec Source = new("--source", "DIR",
        "Folder holding the export files (tickets.csv, calls.csv, surveys.csv, ...).", "--source samples/demo");
    public static readonly OptionSpec SourceTz = new("--source-tz", "ZONE",
        "IANA time zone of timestamps written without an offset.", "--source-tz Asia/Ho_Chi_Minh", "UTC");
    public static readonly OptionSpec ReportingTz = new("--reporting-tz", "ZONE",
        "IANA time zone whose calendar days and hours the reports use.", "--reporting-tz Asia/Bangkok", "UTC");
    public static readonly OptionSpec Currency = new("--currency", "CODE",
        "Reporting currency (ISO 4217); other currencies convert with fx_rates.csv.", "--currency EUR", "USD");
    public static readonly OptionSpec MaxRejectRate = new("--max-reject-rate", "RATE",
        "Largest share of rejected rows in any file before the whole run fails (0 to 1).", "--max-reject-rate 0.05", "0.01");
    public static readonly OptionSpec Profiles = new("--profiles", "DIR",
        "Folder of mapping profiles (*.profile.json) for vendor files, besides those in the source folder.", "--profiles config/profiles");
    public static readonly OptionSpec AsOf = new("--as-of", "DATE",
        "Day from which a changed agent team counts, and the last month of the monthly MRR snapshot (for back-filling old exports).", "--as-of 2026-01-01", "today");

    public override string Name => "load";
    public override string Summary => "Load a folder of exports into the warehouse (migrates first).";

    public override IReadOnlyList<OptionSpec> Options =>
        [Source, CommonOptions.Db, SourceTz, ReportingTz, Currency, MaxRejectRate, AsOf, Profiles, CommonOptions.Json, CommonOptions.Wait, CommonOptions.Help];

    public override IReadOnlyList<string> Examples =>
    [
        "cswh load --source samples/demo",
        "cswh load --source exports/ --source-tz Asia/Ho_Chi_Minh --profiles config/profiles",
        "cswh load --source /data/exports/2026-03-01 --db \"postgres:Host=db;Database=cswh;Username=etl\" --reporting-tz Asia/Ho_Chi_Minh --json",
    ];

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var (target, log) = WarehouseSession.Resolve(options, terminal);
        var request = new LoadRequest(options.Require(Source.Name), Settings(options))
        {
            ProfilesFolder = options.Get(Profiles.Name),
            SourceTimeZoneGiven = options.Has(SourceTz.Name),
        };
        using var engine = WarehouseSession.OpenMigrated(target, log, options.Has(CommonOptions.Wait.Name));
        var outcome = new LoadRunner(engine, log).Run(request);
        if (options.Has(CommonOptions.Json.Name)) terminal.Out.WriteLine(LoadSummary.Json(outcome));
        else LoadSummary.WriteTable(outcome, terminal.Out);
        if (!outcome.Succeeded)
            log.Error($"run {outcome.RunId} failed and changed nothing: {outcome.Message}. See etl.reject_row for the rows.");
        return outcome.Succeeded ? ExitCodes.Success : ExitCodes.RunFailed;
    }

    public static LoadSettings Settings(ParsedOptions options)
    {
        var rate = options.GetDouble(MaxRejectRate.Name, 0.01);
        if (rate is < 0 or > 1) throw new ConfigurationException("--max-reject-rate must be between 0 and 1.");
        return new LoadSettings
        {
            SourceTimeZone = LoadSettings.FindTimeZone(options.Get(SourceTz.Name) ?? "UTC", SourceTz.Name),
            ReportingTimeZone = LoadSettings.FindTimeZone(options.Get(ReportingTz.Name) ?? "UTC", ReportingTz.Name),
            ReportingCurrency = (options.Get(Currency.Name) ?? "USD").ToUpperInvariant(),
            MaxRejectRate = rate,
            AsOf = options.GetDate(AsOf.Name, "yyyy-MM-dd"),
        };
    }
}
