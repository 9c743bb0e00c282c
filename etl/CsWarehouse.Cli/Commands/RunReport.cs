using System.Globalization;
using System.Text;
using System.Text.Json;
using CsWarehouse.Etl.Nightly;

namespace CsWarehouse.Cli.Commands;

/// <summary>How a nightly run is reported: a few lines for people, exactly one line of JSON for schedulers.</summary>
public static class RunReport
{
    private const int DifferencesShown = 20;

    public static string Text(NightlyReport report, int exitCode)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"nightly run {report.NightlyRunId}: {(report.Succeeded ? "succeeded" : $"FAILED at {report.FailedStep} (exit code {exitCode})")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  load       {(report.Load is { } l ? $"run {l.RunId} {(l.Succeeded ? "succeeded" : "failed")}: {l.RowsRead:N0} read, {l.RowsLoaded:N0} loaded, {l.RowsRejected:N0} rejected" : Status(report, "load"))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  export     {(report.ExportFolder is { } f && report.Exported.Count > 0 ? $"{report.Exported.Count} files, {report.Exported.Sum(e => e.Rows):N0} rows in {f}" : Status(report, "export"))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  refresh    {report.RefreshStatus}{string.Concat(report.Refreshes.Select(r => $"; {r.Model} {r.Status} in {r.Elapsed.TotalSeconds:0.#} s"))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  reconcile  {report.ReconcileStatus}{string.Concat(report.Reconciliations.Select(r => $"; {r.Model}: {r.Compared} figures, {r.Differences.Count} differ"))}");
        var differences = report.Reconciliations.SelectMany(r => r.Differences).ToList();
        if (differences.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {"model",-16} {"code",-28} {"period",-18} {"warehouse",18} {"model value",18}");
            foreach (var d in differences.Take(DifferencesShown))
                text.AppendLine(CultureInfo.InvariantCulture, $"  {d.Model,-16} {d.Code,-28} {d.Period,-18} {Number(d.Warehouse),18} {Number(d.ModelValue),18}");
            if (differences.Count > DifferencesShown) text.AppendLine(CultureInfo.InvariantCulture, $"  ... {differences.Count - DifferencesShown} more (--json lists them all)");
        }
        if (report.FailureMessage is { } message) text.AppendLine(CultureInfo.InvariantCulture, $"  error: {message}");
        return text.ToString().TrimEnd();
    }

    public static string JsonLine(NightlyReport report, int exitCode) => JsonSerializer.Serialize(new
    {
        nightly_run_id = report.NightlyRunId,
        status = report.Succeeded ? "succeeded" : "failed",
        exit_code = exitCode,
        failed_step = report.FailedStep,
        error = report.FailureMessage,
        started_at = report.StartedAt,
        finished_at = report.FinishedAt,
        load = report.Load is { } l
            ? new { run_id = (int?)l.RunId, status = l.Succeeded ? "succeeded" : "failed", rows_read = l.RowsRead, rows_loaded = l.RowsLoaded, rows_rejected = l.RowsRejected }
            : null,
        export = new { folder = report.ExportFolder, files = report.Exported.Count, rows = report.Exported.Sum(e => e.Rows) },
        refresh = new
        {
            status = report.RefreshStatus,
            models = report.Refreshes.Select(r => new { model = r.Model, request_id = r.RequestId, status = r.Status, seconds = Math.Round(r.Elapsed.TotalSeconds, 1) }),
        },
        reconcile = new
        {
            status = report.ReconcileStatus,
            models = report.Reconciliations.Select(r => new
            {
                model = r.Model, from_month = r.FromMonth, to_month = r.ToMonth, compared = r.Compared,
                differences = r.Differences.Select(d => new { code = d.Code, period = d.Period, warehouse = d.Warehouse, model_value = d.ModelValue }),
            }),
        },
        skipped = report.Skipped,
    }, new JsonSerializerOptions { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Status(NightlyReport report, string step) =>
        report.Skipped.Contains(step) ? "skipped" : report.FailedStep == step ? "failed" : "not run";

    private static string Number(decimal? value) =>
        value is { } v ? v.ToString("#,0.######", CultureInfo.InvariantCulture) : "(blank)";
}
