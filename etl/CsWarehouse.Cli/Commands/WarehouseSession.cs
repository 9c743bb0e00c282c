using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Migrations;

namespace CsWarehouse.Cli.Commands;

/// <summary>
/// Opens the warehouse a command names. Commands that write (load, migrate) use <see cref="OpenMigrated"/>: the run
/// lock, then the schema brought up to date. Commands that only read (kpi, runs, export, and any new reading
/// command) use <see cref="OpenForReading"/>: no lock, no DDL, a login that may only read is enough.
/// </summary>
public static class WarehouseSession
{
    private static readonly TimeSpan WaitStep = TimeSpan.FromSeconds(1);

    /// <summary>The warehouse that --db (or CSWH_DB) names, and a console log that masks its secrets.</summary>
    public static (WarehouseTarget Target, ConsoleRunLog Log) Resolve(ParsedOptions options, Terminal terminal)
    {
        var target = WarehouseTarget.Resolve(options.Get(CommonOptions.Db.Name));
        return (target, new ConsoleRunLog(terminal, new Redactor(target.Secrets())));
    }

    /// <summary>Opens the warehouse holding the run lock; throws <see cref="WarehouseLockedException"/> (or waits) while another run holds it.</summary>
    public static IWarehouseEngine Open(WarehouseTarget target, ConsoleRunLog log, bool wait)
    {
        log.Info($"warehouse: {target.Describe()}");
        return Retrying(log, wait ? Timeout.InfiniteTimeSpan : TimeSpan.Zero, () => OpenLocked(target));
    }

    /// <summary>Opens the warehouse holding the run lock, waiting for it no longer than <paramref name="patience"/>.</summary>
    public static IWarehouseEngine OpenWithin(WarehouseTarget target, ConsoleRunLog log, TimeSpan patience) =>
        Retrying(log, patience, () => OpenLocked(target));

    private static IWarehouseEngine OpenLocked(WarehouseTarget target)
    {
        var engine = WarehouseEngines.Open(target);
        if (engine.TryAcquireRunLock()) return engine;
        var holder = engine.DescribeLockHolder();
        engine.Dispose();
        throw new WarehouseLockedException("Another run holds the warehouse lock" + (holder is null ? "." : $": {holder}."));
    }

    /// <summary>Opens the warehouse holding the run lock, with its schema brought up to date.</summary>
    public static IWarehouseEngine OpenMigrated(WarehouseTarget target, ConsoleRunLog log, bool wait)
    {
        var engine = Open(target, log, wait);
        try
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var applied = Migrator.Migrate(engine, log);
            log.Info((applied.Count == 0 ? "migrate: schema is up to date" : $"migrate: {applied.Count} scripts and views applied") +
                     $" ({started.Elapsed.TotalSeconds:0.0} s)");
            return engine;
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the warehouse to read it: it must exist and be migrated by this version of cswh (else a clear error);
    /// no run lock is taken and nothing is changed, so reads go on while a load runs (on a server) and work with
    /// a login that may only read. A DuckDB file that a load has open is waited for.
    /// </summary>
    public static IWarehouseEngine OpenForReading(WarehouseTarget target, ConsoleRunLog log)
    {
        log.Info($"warehouse: {target.Describe()}");
        var engine = Retrying(log, Timeout.InfiniteTimeSpan, () => WarehouseEngines.OpenForReading(target));
        try
        {
            SchemaCheck.RequireCurrent(engine, target.Describe());
            return engine;
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    /// <summary>Opens, retrying while the warehouse is locked, for at most <paramref name="patience"/> (infinite: until it opens).</summary>
    private static IWarehouseEngine Retrying(ConsoleRunLog log, TimeSpan patience, Func<IWarehouseEngine> open)
    {
        var waitingSince = DateTime.UtcNow;
        while (true)
        {
            try
            {
                return open();
            }
            catch (WarehouseLockedException) when (patience == Timeout.InfiniteTimeSpan || DateTime.UtcNow - waitingSince < patience)
            {
            }
            if ((DateTime.UtcNow - waitingSince).TotalSeconds % 30 < WaitStep.TotalSeconds)
                log.Info("waiting for the run that holds the warehouse lock to finish…");
            Thread.Sleep(WaitStep);
        }
    }
}
