using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Nightly;

namespace CsWarehouse.Cli.Commands;

/// <summary><c>cswh run</c>: the nightly job — load, export, refresh Power BI, reconcile — with one exit code per failing step.</summary>
public sealed class RunCommand : Command
{
    public override string Name => "run";
    public override string Summary => "The nightly job: load, export for Power BI, refresh the published models, reconcile them with the warehouse.";

    public override IReadOnlyList<OptionSpec> Options =>
    [
        RunOptions.Config, LoadCommand.Source, CommonOptions.Db, RunOptions.Export, RunOptions.ExportFormat,
        LoadCommand.SourceTz, LoadCommand.ReportingTz, LoadCommand.Currency, LoadCommand.MaxRejectRate, LoadCommand.AsOf,
        RunOptions.Model, RunOptions.Api, RunOptions.AuthorityHost, RunOptions.Auth, RunOptions.TenantId, RunOptions.ClientId,
        RunOptions.SecretEnv, RunOptions.SecretFile, RunOptions.CertificateFile, RunOptions.CertificatePasswordEnv, RunOptions.TokenEnv,
        RunOptions.RefreshTimeout, RunOptions.PollSeconds, RunOptions.PollMaxSeconds, RunOptions.MaxRetries, RunOptions.RetryDelay,
        RunOptions.MaxRetryDelay, RunOptions.ReconcileMonths, RunOptions.Tolerance,
        RunOptions.NoLoad, RunOptions.NoExport, RunOptions.NoRefresh, RunOptions.NoReconcile,
        CommonOptions.Json, CommonOptions.Wait, CommonOptions.Help,
    ];

    public override IReadOnlyList<string> Examples =>
    [
        "cswh run --source /data/exports/latest --db duckdb:/var/lib/cswh/warehouse.duckdb --export /srv/powerbi/cswh --json",
        "cswh run --config /etc/cswh/nightly.json",
        "cswh run --config /etc/cswh/nightly.json --no-load --no-refresh",
    ];

    /// <summary>The process exit code of each way a nightly run can fail.</summary>
    public static int ExitCodeOf(FailureKind? failure) => failure switch
    {
        null => ExitCodes.Success,
        FailureKind.LoadFailed => ExitCodes.RunFailed,
        FailureKind.ExportFailed => ExitCodes.ExportFailed,
        FailureKind.ChecksFailed => ExitCodes.ChecksFailed,
        FailureKind.RefreshFailed => ExitCodes.RefreshFailed,
        FailureKind.RefreshTimedOut => ExitCodes.RefreshTimedOut,
        FailureKind.RefreshInProgress => ExitCodes.RefreshInProgress,
        FailureKind.Unauthorized => ExitCodes.PowerBiUnauthorized,
        FailureKind.Throttled => ExitCodes.PowerBiThrottled,
        FailureKind.ServiceUnavailable => ExitCodes.PowerBiUnavailable,
        FailureKind.RequestRejected => ExitCodes.PowerBiRejected,
        FailureKind.ReconciliationFailed => ExitCodes.ReconciliationFailed,
        _ => ExitCodes.RunFailed,
    };

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var config = RunOptions.Resolve(options);
        var target = WarehouseTarget.Resolve(config.Db);
        // Secrets are read here, once; from now on every line passes through a redactor that knows them.
        var plan = NightlyPlan.Create(config);
        var redactor = new Redactor([.. target.Secrets(), .. plan.Secrets]);
        var log = new ConsoleRunLog(terminal, redactor);
        try
        {
            NightlyReport report;
            using (var engine = WarehouseSession.OpenMigrated(target, log, options.Has(CommonOptions.Wait.Name)))
                report = new NightlyRun(engine, log, plan).RunAsync().GetAwaiter().GetResult();
            var code = ExitCodeOf(report.Failure);
            terminal.Out.WriteLine(redactor.Redact(options.Has(CommonOptions.Json.Name)
                ? RunReport.JsonLine(report, code)
                : RunReport.Text(report, code)));
            return code;
        }
        catch (Exception e) when (e is not (ConfigurationException or Etl.Engines.WarehouseLockedException))
        {
            // Anything unforeseen still leaves this command only through the redactor.
            log.Error($"{e.GetType().Name}: {e.Message}");
            return ExitCodes.RunFailed;
        }
    }
}
