using System.Data.Common;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Loading;

/// <summary>Writes a run's own record: etl.load_run, etl.load_file, etl.reject_row and etl.load_warning.</summary>
internal static class RunRecorder
{
    public static void Record(IWarehouseEngine engine, DbTransaction tx, LoadRequest request, LoadOutcome outcome, DateTime startedAt)
    {
        var settings = request.Settings;
        RunTables.Write(engine, tx, RunTables.LoadRun,
        [[
            outcome.RunId, startedAt, Now(), outcome.Succeeded ? "succeeded" : "failed", request.SourceFolder,
            settings.SourceTimeZone.Id, settings.ReportingTimeZone.Id, settings.ReportingCurrency, outcome.Files.Count,
            outcome.RowsRead, outcome.RowsLoaded, outcome.RowsRejected, outcome.Warnings.Count, outcome.Message,
        ]]);
        RunTables.Write(engine, tx, RunTables.LoadFile, outcome.Files.Select(f => new object?[]
        {
            outcome.RunId, f.File, f.Sha256, f.SizeBytes, f.RowsRead, f.RowsLoaded, f.RowsRejected, f.Warnings,
        }));
        RunTables.Write(engine, tx, RunTables.RejectRow, outcome.Rejections.Select(r => new object?[]
        {
            outcome.RunId, r.File, r.LineNumber, r.Column, r.Value, r.Reason,
        }));
        RunTables.Write(engine, tx, RunTables.LoadWarning, outcome.Warnings.Select(w => new object?[]
        {
            outcome.RunId, w.File, w.LineNumber, w.Message,
        }));
    }

    /// <summary>The current instant as the bulk paths take it: UTC wall clock, kind Unspecified.</summary>
    public static DateTime Now() => DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified);
}
