using System.Globalization;
using System.Text.Json;
using CsWarehouse.Etl.Loading;

namespace CsWarehouse.Cli.Commands;

/// <summary>How a load's outcome is shown: a table for people, one JSON line for machines.</summary>
public static class LoadSummary
{
    /// <summary>At most this many rejections (and warnings) are listed in the JSON; the rest are counted.</summary>
    public const int RejectionsInJson = 1000;

    private static readonly JsonSerializerOptions OneLine = new()
    {
        WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A run's length for the log: "0.8 s", "12.4 s", "3 min 05 s".</summary>
    public static string Duration(TimeSpan elapsed) => elapsed.TotalMinutes < 1
        ? elapsed.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture)
        : $"{(int)elapsed.TotalMinutes} min {elapsed.Seconds:00} s";

    public static void WriteTable(LoadOutcome outcome, TextWriter output)
    {
        output.WriteLine($"run {outcome.RunId}: {(outcome.Succeeded ? "succeeded" : "FAILED")}");
        output.WriteLine($"  {"file",-22} {"read",12} {"loaded",12} {"rejected",10} {"warnings",9}");
        foreach (var f in outcome.Files)
            output.WriteLine($"  {f.File,-22} {f.RowsRead,12:N0} {Loaded(outcome, f.RowsLoaded),12:N0} {f.RowsRejected,10:N0} {f.Warnings,9:N0}" +
                             (f.Profile is null ? "" : $"  {f.Entity} via profile {f.Profile}"));
        output.WriteLine($"  {"total",-22} {outcome.RowsRead,12:N0} {Loaded(outcome, outcome.RowsLoaded),12:N0} {outcome.RowsRejected,10:N0} {outcome.Warnings.Count,9:N0}");
        foreach (var r in outcome.Rejections.Take(10))
            output.WriteLine($"  rejected {r.File} line {r.LineNumber}, column {r.Column} = '{r.Value}': {r.Reason}");
        if (outcome.Rejections.Count > 10)
            output.WriteLine($"  ... {outcome.Rejections.Count - 10} more: cswh rejects --run {outcome.RunId}");
    }

    /// <summary>A failed run landed nothing, whatever it had staged: it reports 0 rows loaded.</summary>
    private static long Loaded(LoadOutcome outcome, long rows) => outcome.Succeeded ? rows : 0;

    /// <summary>The run as one line of JSON (JSON Lines), so <c>--json &gt;&gt; runs.jsonl</c> stays one record per run.</summary>
    public static string Json(LoadOutcome outcome, TimeSpan elapsed) => JsonSerializer.Serialize(new
    {
        run_id = (int?)outcome.RunId,
        status = outcome.Succeeded ? "succeeded" : "failed",
        error = outcome.Succeeded ? null : outcome.Message,
        message = outcome.Message,
        seconds = Math.Round(elapsed.TotalSeconds, 3),
        rows_read = outcome.RowsRead,
        rows_loaded = Loaded(outcome, outcome.RowsLoaded),
        rows_rejected = outcome.RowsRejected,
        files = outcome.Files.Select(f => new
        {
            file = f.File, entity = f.Entity, profile = f.Profile, rows_read = f.RowsRead, rows_loaded = Loaded(outcome, f.RowsLoaded),
            rows_rejected = f.RowsRejected, warnings = f.Warnings, sha256 = f.Sha256,
        }),
        rejections = outcome.Rejections.Take(RejectionsInJson).Select(r => new
        {
            file = r.File, line = r.LineNumber, column = r.Column, value = r.Value, reason = r.Reason,
        }),
        rejections_truncated = Math.Max(0, outcome.Rejections.Count - RejectionsInJson),
        warnings = outcome.Warnings.Take(RejectionsInJson).Select(w => new { file = w.File, line = w.LineNumber, message = w.Message }),
        warnings_truncated = Math.Max(0, outcome.Warnings.Count - RejectionsInJson),
    }, OneLine);

    /// <summary>The line of a run that stopped before it had an outcome: the error, and nothing loaded.</summary>
    public static string FailureJson(string error) => JsonSerializer.Serialize(new
    {
        run_id = (int?)null,
        status = "failed",
        error,
        message = error,
        seconds = (double?)null,
        rows_read = 0,
        rows_loaded = 0,
        rows_rejected = 0,
        files = Array.Empty<object>(),
        rejections = Array.Empty<object>(),
        rejections_truncated = 0,
        warnings = Array.Empty<object>(),
        warnings_truncated = 0,
    }, OneLine);
}
