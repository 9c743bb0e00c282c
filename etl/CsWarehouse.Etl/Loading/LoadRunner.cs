using System.Data.Common;
using CsWarehouse.Etl.Checks;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Contracts;
using CsWarehouse.Etl.Profiles;
using CsWarehouse.Etl.Reading;
using Dapper;

namespace CsWarehouse.Etl.Loading;

/// <summary>
/// One load run as one transaction: stage every file, keep bad rows out, conform, record the run.
/// It lands whole or not at all; a failed run leaves only its own record in etl.*. Where staging is not part of the
/// warehouse, the staged rows are committed on their own first (<see cref="IWarehouseEngine.CommitsStagingApart"/>).
/// </summary>
public sealed class LoadRunner(IWarehouseEngine engine, IRunLog log)
{
    private const int WarningsKeptPerFile = 1000;

    /// <summary>A load at least this large refreshes the warehouse tables' statistics; smaller ones leave it to the engine.</summary>
    private const long LargeLoadRows = 100_000;

    private readonly List<Rejection> _rejections = [];
    private readonly List<LoadWarning> _warnings = [];
    private readonly List<FileOutcome> _files = [];
    private readonly List<CheckResult> _failedChecks = [];
    private readonly Dictionary<string, long> _stagedRows = new(StringComparer.Ordinal);
    private readonly List<InputPin> _pins = [];

    public LoadOutcome Run(LoadRequest request)
    {
        var startedAt = RunRecorder.Now();
        var context = new LoadContext(request.Settings);
        int runId;
        DbTransaction? tx = engine.Connection.BeginTransaction();
        try
        {
            runId = engine.Connection.ExecuteScalar<int>("select coalesce(max(run_id), 0) + 1 from etl.load_run", transaction: tx);
            try
            {
                // File-level problems stop the run here, before anything is written (the failed run is recorded).
                var profiles = ProfileSet.Load(request.SourceFolder, request.ProfilesFolder);
                var sources = SourceFolder.Discover(request.SourceFolder, Warn, profiles);
                var failure = Stage(tx, runId, sources, context, request);
                if (failure is null && engine.CommitsStagingApart)
                {
                    tx.Commit();
                    tx.Dispose();
                    tx = null; // if the next one cannot begin, there is nothing left to roll back
                    tx = engine.Connection.BeginTransaction();
                }
                failure ??= Conform(tx, runId);
                var outcome = Outcome(runId, failure);
                if (failure is not null)
                {
                    tx.Rollback();
                    RecordFailure(engine, request, outcome, startedAt);
                    return outcome;
                }
                // A file changed since it was read would make the warehouse disagree with every copy of it.
                foreach (var pin in _pins) pin.CheckUnchanged();
                RunRecorder.Record(engine, tx, request, outcome, startedAt);
                StepBoundary.Reached(StepBoundary.Commit);
                var committing = System.Diagnostics.Stopwatch.StartNew();
                tx.Commit();
                log.Info($"commit: run {runId} ({committing.Elapsed.TotalSeconds:0.0} s)");
                return outcome;
            }
            catch (Exception e)
            {
                if (tx is not null) FirstCause.Rollback(tx, e);
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
        finally
        {
            tx?.Dispose();
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

    /// <summary>Stages every file, keeping bad rows out; returns why the run fails, if too many rows of a file were rejected.</summary>
    private string? Stage(DbTransaction tx, int runId, IReadOnlyList<SourceFile> sources, LoadContext context, LoadRequest request)
    {
        if (!engine.ReadyStaging(tx)) EmptyStaging(tx);
        var asOf = request.Settings.EffectiveAsOf(DateTime.UtcNow);
        RunTables.Write(engine, tx, RunTables.LoadContext, [[runId, LoadContext.DateKey(asOf), RunRecorder.Now(), request.Settings.ReportingCurrency]]);
        AddRates(tx, context, "dw.fx_rate");

        // Several files may feed one export (canonical agents.csv and the agents a Zendesk export names): each file's
        // staged lines get their own range, so later files supersede earlier ones and warnings find their file.
        foreach (var group in sources.GroupBy(s => s.Export))
        {
            var files = group.ToList();
            for (var i = 0; i < files.Count; i++)
            {
                context.FileName = files[i].Label;
                context.FileAsOf = files[i].AsOf ?? asOf;
                StageFile(tx, files, i, context, request);
            }
        }

        var overThreshold = _files.Where(f => f.RowsRead > 0 && (double)f.RowsRejected / f.RowsRead > request.Settings.MaxRejectRate).ToList();
        if (overThreshold.Count > 0)
            return string.Join("; ", overThreshold.Select(f =>
                $"{f.File}: {f.RowsRejected} of {f.RowsRead} rows rejected ({(double)f.RowsRejected / f.RowsRead:P1}), above the limit of {request.Settings.MaxRejectRate:P1}"));
        return null;
    }

    /// <summary>Conforms the staged rows into the warehouse and runs the data tests; returns why the run fails, if one failed.</summary>
    private string? Conform(DbTransaction tx, int runId)
    {
        StepBoundary.Reached(StepBoundary.Stage);
        var statistics = System.Diagnostics.Stopwatch.StartNew();
        engine.RefreshStatistics(CanonicalExports.All.Select(e => e.Staging.QualifiedName).Append(RunTables.LoadContext.QualifiedName), tx);
        log.Info($"stage: statistics of the staged rows ({statistics.Elapsed.TotalSeconds:0.0} s)");
        var changed = new Conformer(engine, tx, log).Run(_stagedRows, refreshWarehouseStatistics: _stagedRows.Values.Sum() >= LargeLoadRows);
        var emptying = System.Diagnostics.Stopwatch.StartNew();
        ReportSnapshotWarnings(tx);
        EmptyStaging(tx);
        log.Info($"stage: staging emptied ({emptying.Elapsed.TotalSeconds:0.0} s)");
        StepBoundary.Reached(StepBoundary.Conform);
        return CheckWarehouse(tx, runId, changed);
    }

    /// <summary>
    /// The data tests, on what the run is about to commit: a run that would leave a duplicate key, an orphan or an
    /// unbalanced MRR bridge behind is rolled back instead, naming each check that failed. Only the checks that read
    /// a table whose rows the run changed: the others would find what the last run already checked. A check that
    /// judges rows one by one looks at the rows this run wrote only (<see cref="DataCheck.ScopedToRun"/>);
    /// <c>cswh check</c> looks at every row.
    /// </summary>
    private string? CheckWarehouse(DbTransaction tx, int runId, IReadOnlySet<string> changedTables)
    {
        var started = DateTime.UtcNow;
        var all = DataChecks.All(engine.Connection, tx).Where(c => c.ReadsAnyOf(changedTables)).ToList();
        var checks = all.Select(c => c.ScopedToRun(runId, changedTables)).ToList();
        var narrowed = checks.Where((c, i) => !ReferenceEquals(c, all[i])).Count();
        engine.BeforeDataTests(tx);
        var results = new CheckRunner(engine.Connection, engine.SqlVariables, tx).RunAll(checks);
        log.Info($"check: {results.Count} data tests, {narrowed} of them on this run's rows only ({(DateTime.UtcNow - started).TotalSeconds:0.0} s)");
        _failedChecks.AddRange(results.Where(r => !r.Passed));
        foreach (var failed in _failedChecks)
            log.Warn($"check {failed.Check.Name} failed: {failed.FailingRows} row(s). {failed.Check.Description} " +
                     string.Join("; ", CheckSample.Lines(failed)));
        return _failedChecks.Count == 0 ? null : "data tests failed: " + CheckSample.Summary(_failedChecks);
    }

    /// <summary>
    /// Staging is the run's work area, empty between runs: emptied before the commit, so no copy of the load is
    /// committed with it and the next run does not pay to clear it. A run empties it first too, for a warehouse that
    /// a crash or an older version left with rows in it, unless the engine readied it empty: on DuckDB a run stages
    /// into new temporary twins of the stg tables (<see cref="IWarehouseEngine.ReadyStaging"/>), whose rows it commits
    /// before conforming them; they never reach the file (<see cref="IWarehouseEngine.CommitsStagingApart"/>).
    /// </summary>
    private void EmptyStaging(DbTransaction tx)
    {
        var tables = engine.Connection.Query<string>(
            "select table_name from information_schema.tables where table_schema = 'stg' and table_type = 'BASE TABLE' order by table_name",
            transaction: tx).ToList();
        foreach (var table in tables)
            engine.Connection.Execute(engine.OnStaging(StagingSql.Clear($"stg.{table}")), transaction: tx);
    }

    private const int LineBits = 40;

    private void StageFile(DbTransaction tx, IReadOnlyList<SourceFile> files, int index, LoadContext context, LoadRequest request)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var source = files[index];
        var export = source.Export;
        var label = source.Label;
        var reader = new ExportFileReader(export, context);
        var zone = request.SourceTimeZoneGiven ? request.Settings.SourceTimeZone : source.Profile?.TimeZone ?? request.Settings.SourceTimeZone;
        var pin = InputPin.Take(source.Path, label);
        var total = pin.Size;
        FileReadResult result;
        using (var writer = engine.OpenBulkWriter(export.Staging, tx))
        {
            result = reader.Read(source.Path, label, (content, onMalformed) => source.Open(content, onMalformed, zone), writer, _rejections.Add,
                (bytes, rows) => log.Progress(label, bytes, total, rows, done: false), (long)index << LineBits);
            writer.Complete();
        }
        pin.CheckRead(result.SizeBytes, result.Sha256);
        _pins.Add(pin);
        WarnOfNotes(label, context);
        var superseded = engine.Connection.Query<long>(engine.OnStaging(StagingSql.SupersededRows(export, engine.FindsSupersededRowsByCountingKeys)), transaction: tx).ToList();
        if (superseded.Count > 0)
        {
            engine.Connection.Execute(engine.OnStaging(StagingSql.DeleteSuperseded(export, engine.FindsSupersededRowsByCountingKeys)), transaction: tx, commandTimeout: 0);
            foreach (var line in superseded.Take(WarningsKeptPerFile))
                Warn(new LoadWarning(files[(int)(line >> LineBits)].Label, line & ((1L << LineBits) - 1),
                    "superseded by a later row with the same key" + (files.Count > 1 ? $" ({export.FileName} from {files.Count} files)" : " in this file")));
            if (superseded.Count > WarningsKeptPerFile)
                Warn(new LoadWarning(label, null, $"{superseded.Count - WarningsKeptPerFile} more superseded rows not listed"));
        }
        var (skipped, rejected) = ApplyRules(tx, files, export, request.Settings);
        // The files after fx_rates.csv convert money at the rates it just brought.
        if (export is FxRatesExport)
            AddRates(tx, context, export.Staging.QualifiedName);

        var rowsRejected = result.RowsRejected + rejected;
        _stagedRows[export.Staging.QualifiedName] = _stagedRows.GetValueOrDefault(export.Staging.QualifiedName)
                                                    + result.RowsRead - rowsRejected - superseded.Count - skipped;
        var warnings = _warnings.Count(w => w.File == label);
        _files.Add(new FileOutcome(label, result.RowsRead, result.RowsRead - rowsRejected - skipped,
            rowsRejected, warnings, result.Sha256) { Profile = source.Profile?.Name, Entity = export.Entity, SizeBytes = result.SizeBytes });
        log.Progress(label, total, total, result.RowsRead, done: true);
        var via = source.Profile is null ? "" : $" ({export.Entity} via profile {source.Profile.Name})";
        log.Info($"{label}{via}: {result.RowsRead} read, {result.RowsRead - rowsRejected - skipped} loaded, " +
                 $"{rowsRejected} rejected, {warnings} warnings ({started.Elapsed.TotalSeconds:0.0} s)");
    }

    /// <summary>
    /// Takes out of staging the rows each rule finds, reporting each with its file and line; returns how many were
    /// skipped and rejected. Staged lines carry their file's place among the export's files in their high bits.
    /// </summary>
    private (long Skipped, long Rejected) ApplyRules(DbTransaction tx, IReadOnlyList<SourceFile> files, Export export, LoadSettings settings)
    {
        long skipped = 0, rejected = 0;
        string FileOf(long line) => files[(int)(line >> LineBits)].Label;
        static long LineOf(long line) => line & ((1L << LineBits) - 1);
        foreach (var rule in StagedRowRule.For(export, settings))
        {
            var rows = engine.Connection.Query<(long Line, object? Value)>(engine.OnStaging(StagingSql.RowsBreaking(export, rule)), transaction: tx).ToList();
            if (rows.Count == 0) continue;
            engine.Connection.Execute(engine.OnStaging(StagingSql.DeleteBreaking(export, rule)), transaction: tx, commandTimeout: 0);
            if (rule.Rejects)
            {
                _rejections.AddRange(rows.Select(r => new Rejection(FileOf(r.Line), LineOf(r.Line), rule.Column, StagedRowRule.Text(r.Value), rule.Reason)));
                rejected += rows.Count;
                continue;
            }
            foreach (var row in rows.Take(WarningsKeptPerFile))
                Warn(new LoadWarning(FileOf(row.Line), LineOf(row.Line), $"{rule.Column} {StagedRowRule.Text(row.Value)}: {rule.Reason}"));
            if (rows.Count > WarningsKeptPerFile)
                Warn(new LoadWarning(FileOf(rows[0].Line), null, $"{rows.Count - WarningsKeptPerFile} more rows skipped: {rule.Reason}"));
            skipped += rows.Count;
        }
        return (skipped, rejected);
    }

    /// <summary>The adjustments made to rows that loaded (clamped clock skew), as the file's warnings.</summary>
    private void WarnOfNotes(string file, LoadContext context)
    {
        var (kept, more) = context.TakeNotes();
        foreach (var (line, note) in kept)
            Warn(new LoadWarning(file, line, $"{note.Column} = '{note.Value}' {note.Reason}"));
        if (more > 0)
            Warn(new LoadWarning(file, null, $"{more} more rows adjusted for clock skew, not listed"));
    }

    /// <summary>
    /// The conform steps' notes about snapshots (an older one skipped, a subscription missing from a later one) become
    /// warnings of the files they concern, at most <see cref="WarningsKeptPerFile"/> listed per file.
    /// </summary>
    private void ReportSnapshotWarnings(DbTransaction tx)
    {
        var notes = engine.Connection.Query<(string File, long? Line, string Message)>(engine.OnStaging(
            "select file_name, line_number, message from stg.subscription_snapshot_warning order by file_name, line_number, message"),
            transaction: tx).ToList();
        foreach (var file in notes.GroupBy(n => n.File))
        {
            // Staged lines carry their file's place among the files of the export in their high bits.
            foreach (var note in file.Take(WarningsKeptPerFile))
                Warn(new LoadWarning(note.File, note.Line & ((1L << LineBits) - 1), note.Message));
            if (file.Count() > WarningsKeptPerFile)
                Warn(new LoadWarning(file.Key, null, $"{file.Count() - WarningsKeptPerFile} more snapshot warnings not listed"));
            var index = _files.FindIndex(f => f.File == file.Key);
            if (index >= 0) _files[index] = _files[index] with { Warnings = _files[index].Warnings + Math.Min(file.Count(), WarningsKeptPerFile + 1) };
        }
    }

    /// <summary>Lets the money rows of this run convert at the rates of <paramref name="table"/> (dw.fx_rate or its staging).</summary>
    private void AddRates(DbTransaction tx, LoadContext context, string table)
    {
        foreach (var rate in engine.Connection.Query<(int MonthKey, string Currency, decimal Rate)>(
                     engine.OnStaging($"select month_key, currency, rate from {table}"), transaction: tx))
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
        new(runId, failure is null, failure, _files.ToList(), _rejections.ToList(), _warnings.ToList()) { FailedChecks = _failedChecks.ToList() };

    private void Warn(LoadWarning warning)
    {
        _warnings.Add(warning);
        if (warning.LineNumber is null) log.Warn($"{warning.File}: {warning.Message}");
    }
}
