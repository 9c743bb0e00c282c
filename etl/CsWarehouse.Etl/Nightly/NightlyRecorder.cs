using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Loading;
using Dapper;

namespace CsWarehouse.Etl.Nightly;

/// <summary>Writes a nightly run's outcome to etl.nightly_run, beside the load run it made in etl.load_run.</summary>
internal static class NightlyRecorder
{
    private static readonly TableLayout NightlyRun = new("etl", "nightly_run",
    [
        new("nightly_run_id", ValueKind.Int32), new("load_run_id", ValueKind.Int32), new("started_at", ValueKind.Timestamp),
        new("finished_at", ValueKind.Timestamp), new("status", ValueKind.Text), new("failed_step", ValueKind.Text),
        new("export_files", ValueKind.Int32), new("refresh_status", ValueKind.Text), new("models_refreshed", ValueKind.Int32),
        new("reconcile_status", ValueKind.Text), new("figures_compared", ValueKind.Int32), new("figures_different", ValueKind.Int32),
        new("message", ValueKind.Text),
    ]);

    public static int Record(IWarehouseEngine engine, NightlyReport report)
    {
        using var tx = engine.Connection.BeginTransaction();
        var id = engine.Connection.ExecuteScalar<int>("select coalesce(max(nightly_run_id), 0) + 1 from etl.nightly_run", transaction: tx);
        RunTables.Write(engine, tx, NightlyRun,
        [[
            id, report.Load?.RunId, Unspecified(report.StartedAt), Unspecified(report.FinishedAt ?? DateTime.UtcNow),
            report.Succeeded ? "succeeded" : "failed", report.FailedStep, report.Exported.Count,
            report.RefreshStatus, report.Refreshes.Count, report.ReconcileStatus,
            report.Reconciliations.Sum(r => r.Compared), report.Reconciliations.Sum(r => r.Differences.Count), report.FailureMessage,
        ]]);
        tx.Commit();
        return id;
    }

    private static DateTime Unspecified(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Unspecified);
}
