using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Publishing;
using CsWarehouse.Etl.Loading;
using CsWarehouse.Etl.Nightly.Reconciliation;
using CsWarehouse.Etl.Nightly.Service;

namespace CsWarehouse.Etl.Nightly;

/// <summary>
/// The nightly job on a warehouse whose run lock the caller holds: load (its data tests run before it commits) → export (folder replaced whole) →
/// refresh each Power BI model → reconcile it. The first failing step stops the run; its kind names the exit code.
/// The outcome is written to etl.nightly_run whatever happened.
/// </summary>
public sealed class NightlyRun(IWarehouseEngine engine, IRunLog log, NightlyPlan plan, HttpMessageHandler? powerBiHandler = null)
{
    public async Task<NightlyReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var report = new NightlyReport();
        try
        {
            await Step(report, "load", FailureKind.LoadFailed, () => Load(report));
            await Step(report, "export", FailureKind.ExportFailed, () => Export(report, cancellationToken));
            if (plan.Refreshes || plan.Reconciles)
            {
                using var client = new PowerBiClient(TokenSources.AbsoluteUri(plan.Config.PowerBi!.Api, "api"), plan.Tokens!,
                    plan.Config.PowerBi.Retry, log, powerBiHandler);
                await Step(report, "refresh", FailureKind.Unexpected, () => Refresh(report, client, cancellationToken));
                await Step(report, "reconcile", FailureKind.Unexpected, () => Reconcile(report, client, cancellationToken));
            }
            else report.Skipped.AddRange(["refresh", "reconcile"]);
        }
        catch (StepFailed)
        {
            // The report holds the failure; later steps are not run.
        }
        report.FinishedAt = DateTime.UtcNow;
        try
        {
            report.NightlyRunId = NightlyRecorder.Record(engine, report);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.Warn($"the run's outcome could not be written to etl.nightly_run: {e.Message}");
        }
        return report;
    }

    private async Task Step(NightlyReport report, string name, FailureKind unexpected, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is NightlyFailureException or not (OutOfMemoryException or Configuration.ConfigurationException))
        {
            var (kind, message) = e is NightlyFailureException f ? (f.Kind, f.Message) : (unexpected, $"{e.GetType().Name}: {e.Message}");
            report.Failure = kind;
            report.FailedStep = name;
            report.FailureMessage = message;
            log.Error($"{name} failed: {message}");
            throw new StepFailed();
        }
    }

    private Task Load(NightlyReport report)
    {
        if (!plan.Loads) { report.Skipped.Add("load"); return Task.CompletedTask; }
        var outcome = new LoadRunner(engine, log).Run(new LoadRequest(plan.Config.Source!, plan.LoadSettings!));
        report.Load = outcome;
        if (outcome.FailedChecks.Count > 0)
            throw new NightlyFailureException(FailureKind.ChecksFailed,
                $"load run {outcome.RunId} was rolled back: data tests found offending rows in " +
                $"{string.Join(", ", outcome.FailedChecks.Select(c => c.Check.Name))}. Run cswh check for sample rows.");
        if (!outcome.Succeeded)
            throw new NightlyFailureException(FailureKind.LoadFailed,
                $"load run {outcome.RunId} failed and changed nothing: {outcome.Message}. See etl.reject_row for the rows.");
        log.Info($"load: run {outcome.RunId} loaded {outcome.RowsLoaded} rows ({outcome.RowsRejected} rejected)");
        return Task.CompletedTask;
    }

    private async Task Export(NightlyReport report, CancellationToken cancellationToken)
    {
        if (!plan.Exports) { report.Skipped.Add("export"); return; }
        var folder = Path.GetFullPath(plan.Config.Export.Folder!);
        report.ExportFolder = folder;
        report.Exported = await FolderSwap.ReplaceAsync(folder, fresh =>
            new WarehouseExporter(engine.Connection).ExportAsync(fresh, plan.ExportFormat, cancellationToken: cancellationToken));
        log.Info($"export: {report.Exported.Count} {plan.ExportFormat.Extension()} files ({report.Exported.Sum(f => f.Rows)} rows) now in {folder}");
    }

    private async Task Refresh(NightlyReport report, PowerBiClient client, CancellationToken cancellationToken)
    {
        if (!plan.Refreshes) { report.Skipped.Add("refresh"); return; }
        var watcher = new RefreshWatcher(client, plan.Config.PowerBi!.Refresh, log);
        foreach (var model in plan.Config.PowerBi.Models)
            report.Refreshes.Add(await watcher.RefreshAsync(model, cancellationToken));
    }

    private async Task Reconcile(NightlyReport report, PowerBiClient client, CancellationToken cancellationToken)
    {
        if (!plan.Reconciles) { report.Skipped.Add("reconcile"); return; }
        var reconciler = new Reconciler(engine.Connection, client, plan.Config.PowerBi!.Reconcile, log);
        foreach (var model in plan.Config.PowerBi.Models)
            report.Reconciliations.Add(await reconciler.ReconcileAsync(model, cancellationToken));
        var differences = report.Reconciliations.SelectMany(r => r.Differences).ToList();
        if (differences.Count > 0)
            throw new NightlyFailureException(FailureKind.ReconciliationFailed,
                $"{differences.Count} KPI figures differ between the warehouse and the published model beyond the tolerance of " +
                $"{plan.Config.PowerBi.Reconcile.Tolerance:G} (first: {Describe(differences[0])}).");
    }

    public static string Describe(KpiDifference d) =>
        $"{d.Code} for {d.Period} in {d.Model}: warehouse {Show(d.Warehouse)}, model {Show(d.ModelValue)}";

    private static string Show(decimal? value) =>
        value is { } v ? v.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) : "(blank)";

    private sealed class StepFailed : Exception;
}
