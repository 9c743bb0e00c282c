using System.Data.Common;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Exports;
using CsWarehouse.Etl.Reading;
using Dapper;

namespace CsWarehouse.Etl.Loading;

/// <summary>
/// One load run as one transaction: stage every file, keep bad rows out, conform, record the run.
/// It lands whole or not at all; a failed run leaves only its own record in etl.*.
/// </summary>
public sealed class LoadRunner(IWarehouseEngine engine, IRunLog log)
{
    private const int WarningsKeptPerFile = 1000;

    /// <summary>A load at least this large refreshes the warehouse tables' statistics; smaller ones leave it to the engine.</summary>
    private const long LargeLoadRows = 100_000;

    private readonly List<Rejection> _rejections = [];
    private readonly List<LoadWarning> _warnings = [];
    private readonly List<FileOutcome> _files = [];
    private readonly Dictionary<string, long> _stagedRows = new(StringComparer.Ordinal);

    public LoadOutcome Run(LoadRequest request)
    {
        var startedAt = RunRecorder.Now();
        var context = new LoadContext(request.Settings);
        int runId;
        using (var tx = engine.Connection.BeginTransaction())
        {
            runId = engine.Connection.ExecuteScalar<int>("select coalesce(max(run_id), 0) + 1 from etl.load_run", transaction: tx);
            try
            {
                // File-level problems stop the run here, before anything is written (the failed run is recorded).
                var sources = SourceFolder.Discover(request.SourceFolder, Warn);
                var failure = StageAndConform(tx, runId, sources, context, request);
                var outcome = Outcome(runId, failure);
                if (failure is not null)
                {
                    tx.Rollback();
                    RecordFailure(engine, request, outcome, startedAt);
                    return outcome;
                }
                RunRecorder.Record(engine, tx, request, outcome, startedAt);
                StepBoundary.Reached(StepBoundary.Commit);
                tx.Commit();
                return outcome;
            }
            catch (Exception e)
            {
                FirstCause.Rollback(tx, e);
                var outcome = Outcome(runId, FailureText.Of(e));
                try
                {
                    RecordFailure(engine, request, outcome, startedAt);
                }
                catch (Exception)
                {
                    // This connection is what failed: the caller records the run on a new one.
                    e.Data[UnrecordedFailure] = new UnrecordedRun(request, outcome, startedAt);
                }
                throw;
            }
        }
    }

    /// <summary>The key under which a failure that could not be recorded on the run's connection carries its record.</summary>
    public const string UnrecordedFailure = "cswh.unrecorded-run";

    /// <summary>A failed run's record, kept for the caller to write on a new connection.</summary>
    public sealed record UnrecordedRun(LoadRequest Request, LoadOutcome Outcome, DateTime StartedAt)
    {
        /// <summary>Writes the record in its own transaction, with a run id that is free on <paramref name="other"/>.</summary>
        public void RecordOn(IWarehouseEngine other)
        {
            var runId = other.Connection.ExecuteScalar<int>("select coalesce(max(run_id), 0) + 1 from etl.load_run");
            RecordFailure(other, Request, Outcome with { RunId = runId }, StartedAt);
        }
    }

    private string? StageAndConform(DbTransaction tx, int runId, IReadOnlyList<SourceFile> sources, LoadContext context, LoadRequest request)
    {
        EmptyStaging(tx);
        RunTables.Write(engine, tx, RunTables.LoadContext,
            [[runId, LoadContext.DateKey(request.Settings.EffectiveAsOf(DateTime.UtcNow)), RunRecorder.Now()]]);
        AddRates(tx, context, "dw.fx_rate");

        foreach (var source in sources)
            StageFile(tx, source, context);

        var overThreshold = _files.Where(f => f.RowsRead > 0 && (double)f.RowsRejected / f.RowsRead > request.Settings.MaxRejectRate).ToList();
        if (overThreshold.Count > 0)
            return string.Join("; ", overThreshold.Select(f =>
                $"{f.File}: {f.RowsRejected} of {f.RowsRead} rows rejected ({(double)f.RowsRejected / f.RowsRead:P1}), above the limit of {request.Settings.MaxRejectRate:P1}"));

        StepBoundary.Reached(StepBoundary.Stage);
        engine.RefreshStatistics(CanonicalExports.All.Select(e => e.Staging.QualifiedName).Append(RunTables.LoadContext.QualifiedName), tx);
        new Conformer(engine, tx, log).Run(_stagedRows, refreshWarehouseStatistics: _stagedRows.Values.Sum() >= LargeLoadRows);
        EmptyStaging(tx);
        StepBoundary.Reached(StepBoundary.Conform);
        return null;
    }

    /// <summary>
    /// Staging is the run's work area, empty between runs: emptied before the commit, its rows are never written out
    /// (DuckDB's file does not carry a second copy of the load) and the next run does not pay to clear them. A run
    /// empties it first too, for a warehouse that a crash or an older version left with rows in it.
    /// </summary>
    private void EmptyStaging(DbTransaction tx)
    {
        var tables = engine.Connection.Query<string>(
            "select table_name from information_schema.tables where table_schema = 'stg' and table_type = 'BASE TABLE' order by table_name",
            transaction: tx).ToList();
        foreach (var table in tables)
            engine.Connection.Execute(StagingSql.Clear($"stg.{table}"), transaction: tx);
    }

    private void StageFile(DbTransaction tx, SourceFile source, LoadContext context)
    {
        var export = source.Export;
        var reader = new ExportFileReader(export, context);
        var total = new FileInfo(source.Path).Length;
        FileReadResult result;
        using (var writer = engine.OpenBulkWriter(export.Staging, tx))
        {
            result = reader.Read(source.Path, writer, _rejections.Add,
                (bytes, rows) => log.Progress(export.FileName, bytes, total, rows, done: false));
            writer.Complete();
        }
        var superseded = engine.Connection.Query<long>(StagingSql.SupersededRows(export), transaction: tx).ToList();
        if (superseded.Count > 0)
        {
            engine.Connection.Execute(StagingSql.DeleteSuperseded(export), transaction: tx, commandTimeout: 0);
            foreach (var line in superseded.Take(WarningsKeptPerFile))
                Warn(new LoadWarning(export.FileName, line, "superseded by a later row with the same key in this file"));
            if (superseded.Count > WarningsKeptPerFile)
                Warn(new LoadWarning(export.FileName, null, $"{superseded.Count - WarningsKeptPerFile} more superseded rows not listed"));
        }
        // The files after fx_rates.csv convert money at the rates it just brought.
        if (export is FxRatesExport)
            AddRates(tx, context, export.Staging.QualifiedName);

        _stagedRows[export.Staging.QualifiedName] = result.RowsRead - result.RowsRejected - superseded.Count;
        var warnings = _warnings.Count(w => w.File == export.FileName);
        _files.Add(new FileOutcome(export.FileName, result.RowsRead, result.RowsRead - result.RowsRejected,
            result.RowsRejected, warnings, result.Sha256));
        log.Progress(export.FileName, total, total, result.RowsRead, done: true);
        log.Info($"{export.FileName}: {result.RowsRead} read, {result.RowsRead - result.RowsRejected} loaded, " +
                 $"{result.RowsRejected} rejected, {warnings} warnings");
    }

    /// <summary>Lets the money rows of this run convert at the rates of <paramref name="table"/> (dw.fx_rate or its staging).</summary>
    private void AddRates(DbTransaction tx, LoadContext context, string table)
    {
        foreach (var rate in engine.Connection.Query<(int MonthKey, string Currency, decimal Rate)>(
                     $"select month_key, currency, rate from {table}", transaction: tx))
            context.AddRate(rate.MonthKey, rate.Currency, rate.Rate);
    }

    /// <summary>A failed run's record, in a transaction of its own: the run's own work is already rolled back.</summary>
    private static void RecordFailure(IWarehouseEngine engine, LoadRequest request, LoadOutcome outcome, DateTime startedAt)
    {
        using var tx = engine.Connection.BeginTransaction();
        RunRecorder.Record(engine, tx, request, outcome, startedAt);
        tx.Commit();
    }

    private LoadOutcome Outcome(int runId, string? failure) =>
        new(runId, failure is null, failure, _files.ToList(), _rejections.ToList(), _warnings.ToList());

    private void Warn(LoadWarning warning)
    {
        _warnings.Add(warning);
        if (warning.LineNumber is null) log.Warn($"{warning.File}: {warning.Message}");
    }
}
