using System.Text.Json;
using CsWarehouse.Etl.Loading;

namespace CsWarehouse.Cli.Commands;

/// <summary>How a load's outcome is shown: a table for people, JSON for machines.</summary>
public static class LoadSummary
{
    private const int RejectionsInJson = 1000;

    public static void WriteTable(LoadOutcome outcome, TextWriter output)
    {
        output.WriteLine($"run {outcome.RunId}: {(outcome.Succeeded ? "succeeded" : "FAILED")}");
        output.WriteLine($"  {"file",-22} {"read",12} {"loaded",12} {"rejected",10} {"warnings",9}");
        foreach (var f in outcome.Files)
            output.WriteLine($"  {f.File,-22} {f.RowsRead,12:N0} {f.RowsLoaded,12:N0} {f.RowsRejected,10:N0} {f.Warnings,9:N0}" +
                             (f.Profile is null ? "" : $"  {f.Entity} via profile {f.Profile}"));
        output.WriteLine($"  {"total",-22} {outcome.RowsRead,12:N0} {outcome.RowsLoaded,12:N0} {outcome.RowsRejected,10:N0} {outcome.Warnings.Count,9:N0}");
        foreach (var r in outcome.Rejections.Take(10))
            output.WriteLine($"  rejected {r.File} line {r.LineNumber}, column {r.Column} = '{r.Value}': {r.Reason}");
        if (outcome.Rejections.Count > 10)
            output.WriteLine($"  ... {outcome.Rejections.Count - 10} more in etl.reject_row (run_id = {outcome.RunId})");
    }

    public static string Json(LoadOutcome outcome) => JsonSerializer.Serialize(new
    {
        run_id = outcome.RunId,
        status = outcome.Succeeded ? "succeeded" : "failed",
        message = outcome.Message,
        rows_read = outcome.RowsRead,
        rows_loaded = outcome.RowsLoaded,
        rows_rejected = outcome.RowsRejected,
        files = outcome.Files.Select(f => new
        {
            file = f.File, entity = f.Entity, profile = f.Profile, rows_read = f.RowsRead, rows_loaded = f.RowsLoaded,
            rows_rejected = f.RowsRejected, warnings = f.Warnings, sha256 = f.Sha256,
        }),
        rejections = outcome.Rejections.Take(RejectionsInJson).Select(r => new
        {
            file = r.File, line = r.LineNumber, column = r.Column, value = r.Value, reason = r.Reason,
        }),
        warnings = outcome.Warnings.Take(RejectionsInJson).Select(w => new { file = w.File, line = w.LineNumber, message = w.Message }),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
