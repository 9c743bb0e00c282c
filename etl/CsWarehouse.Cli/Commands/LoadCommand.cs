using System.Diagnostics;
using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
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
        "IANA time zone whose calendar days and hours the reports use.", "--reporting-tz Asia/Bangkok", "--source-tz, else UTC");
    public static readonly OptionSpec Currency = new("--currency", "CODE",
        "Reporting currency (ISO 4217); other currencies convert with fx_rates.csv.", "--currency EUR", "USD");
    public static readonly OptionSpec MaxRejectRate = new("--max-reject-rate", "RATE",
        "Largest share of rejected rows in any file before the whole run fails (0 to 1).", "--max-reject-rate 0.05", "0.01");
    public static readonly OptionSpec Profiles = new("--profiles", "DIR",
        "Folder of mapping profiles (*.profile.json) for vendor files, besides those in the source folder.", "--profiles config/profiles");
    public static readonly OptionSpec AsOf = new("--as-of", "DATE",
        "Day from which a changed agent team counts, and the last month of the monthly MRR snapshot (for back-filling old exports).", "--as-of 2026-01-01", "today");

    public static readonly OptionSpec Encoding = new("--encoding", "NAME",
        "Code page of export files saved without a byte order mark, when not UTF-8 (files with a BOM are read as it says).",
        "--encoding windows-1252", "utf-8");
    public static readonly OptionSpec ClockSkew = new("--clock-skew", "SECONDS",
        "How many seconds an end or response time may fall before its start and still load, clamped to the start with a warning.",
        "--clock-skew 120", "60");
    public static readonly OptionSpec Years = new("--years", "FIRST-LAST",
        "Calendar years a date or timestamp may fall in; a value outside is a rejected row.", "--years 1990-2060", "1970-2100");

    public static readonly OptionSpec AllowOlder = new("--allow-older", null,
        "Replay rows older than what the warehouse holds (from an export with an earlier --as-of) instead of skipping them with a warning.",
        "--allow-older --as-of 2026-02-01");

    public override string Name => "load";
    public override string Summary => "Load a folder of exports into the warehouse (migrates first).";

    public override IReadOnlyList<OptionSpec> Options =>
        [Source, CommonOptions.Db, SourceTz, ReportingTz, Currency, MaxRejectRate, AsOf, Profiles, Encoding, ClockSkew, Years, AllowOlder,
         CommonOptions.Json, CommonOptions.Wait, CommonOptions.Help];

    public override IReadOnlyList<string> Examples =>
    [
        "cswh load --source samples/demo",
        "cswh load --source exports/ --source-tz Asia/Ho_Chi_Minh --profiles config/profiles",
        "cswh load --source /data/exports/2026-03-01 --db \"postgres:Host=db;Database=cswh;Username=etl\" --reporting-tz Asia/Ho_Chi_Minh --json",
    ];

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var request = new LoadRequest(SourceFolderOption(options), Settings(options))
        {
            ProfilesFolder = options.Get(Profiles.Name),
            SourceTimeZoneGiven = options.Has(SourceTz.Name),
        };
        var (target, log) = WarehouseSession.Resolve(options, terminal);
        var clock = Stopwatch.StartNew();
        try
        {
            LoadOutcome outcome;
            using (var engine = WarehouseSession.OpenMigrated(target, log, options.Has(CommonOptions.Wait.Name)))
            {
                try
                {
                    outcome = new LoadRunner(engine, log).Run(request);
                }
                catch (Exception e) when (e.Data[LoadRunner.UnrecordedFailure] is LoadRunner.UnrecordedRun unrecorded)
                {
                    RecordOnNewConnection(target, unrecorded, log);
                    throw;
                }
            }
            if (options.Has(CommonOptions.Json.Name)) terminal.Out.WriteLine(LoadSummary.Json(outcome, clock.Elapsed));
            else LoadSummary.WriteTable(outcome, terminal.Out);
            if (outcome.Succeeded)
                log.Info($"run {outcome.RunId} succeeded in {LoadSummary.Duration(clock.Elapsed)}: {outcome.RowsLoaded:N0} rows loaded, " +
                         $"{outcome.RowsRejected:N0} rejected");
            else
                log.Error($"run {outcome.RunId} failed after {LoadSummary.Duration(clock.Elapsed)} and changed nothing: {outcome.Message}. " +
                          $"See its rows with: cswh rejects --run {outcome.RunId}");
            return outcome.Succeeded ? ExitCodes.Success
                : outcome.FailedChecks.Count > 0 ? ExitCodes.ChecksFailed
                : ExitCodes.RunFailed;
        }
        // The log says how long a run took before it stopped; the error itself is reported by the caller.
        catch (Exception e) when (e is not WarehouseLockedException && Failed(log, clock))
        {
            throw;
        }
    }

    private static readonly TimeSpan LockReleaseWait = TimeSpan.FromSeconds(15);

    /// <summary>Records a run whose connection broke on a new one, so every run outcome reaches etl.load_run.</summary>
    private static void RecordOnNewConnection(WarehouseTarget target, LoadRunner.UnrecordedRun run, ConsoleRunLog log)
    {
        try
        {
            // A server ends a terminated session (and frees its lock) a moment after it says so: give it that moment.
            using var engine = WarehouseSession.OpenWithin(target, log, LockReleaseWait);
            run.RecordOn(engine);
        }
        catch (WarehouseLockedException)
        {
            log.Warn("the failed run could not be recorded: another run holds the warehouse.");
        }
        catch (Exception e)
        {
            log.Warn("the failed run could not be recorded: " + FailureText.Of(e));
        }
    }

    /// <summary>The --source folder, checked before the warehouse is opened: a typo creates and migrates nothing.</summary>
    private static string SourceFolderOption(ParsedOptions options)
    {
        var folder = options.Require(Source.Name);
        if (File.Exists(folder))
            throw new ConfigurationException($"--source {folder} is a file; give the folder that holds the export files.");
        if (!Directory.Exists(folder))
            throw new ConfigurationException($"--source {folder}: the folder does not exist.");
        return folder;
    }

    private static bool Failed(ConsoleRunLog log, Stopwatch clock)
    {
        log.Error($"run failed after {LoadSummary.Duration(clock.Elapsed)} and changed nothing");
        return false;
    }

    public override string? JsonFailure(string error) => LoadSummary.FailureJson(error);

    public static LoadSettings Settings(ParsedOptions options)
    {
        var rate = options.GetDouble(MaxRejectRate.Name, 0.01);
        if (rate is < 0 or > 1) throw new ConfigurationException("--max-reject-rate must be between 0 and 1.");
        var skew = options.GetDouble(ClockSkew.Name, 60);
        if (skew is < 0 or > 86_400) throw new ConfigurationException("--clock-skew must be between 0 and 86400 seconds.");
        var sourceZone = LoadSettings.FindTimeZone(options.Get(SourceTz.Name) ?? "UTC", SourceTz.Name);
        return new LoadSettings
        {
            SourceTimeZone = sourceZone,
            // Exports in one zone are usually reported in it: a lone --source-tz sets both, rather than reporting silently in UTC.
            ReportingTimeZone = options.Get(ReportingTz.Name) is { } reporting
                ? LoadSettings.FindTimeZone(reporting, ReportingTz.Name)
                : sourceZone,
            ReportingCurrency = (options.Get(Currency.Name) ?? "USD").ToUpperInvariant(),
            MaxRejectRate = rate,
            AsOf = options.GetDate(AsOf.Name, "yyyy-MM-dd"),
            Encoding = options.Get(Encoding.Name) is { } encoding ? TextEncodings.Find(encoding, Encoding.Name) : null,
            ClockSkew = TimeSpan.FromSeconds(skew),
            Years = options.Get(Years.Name) is { } years ? YearWindow.Parse(years, Years.Name) : YearWindow.Default,
            AllowOlder = options.Has(AllowOlder.Name),
        };
    }
}
