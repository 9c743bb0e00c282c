using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Migrations;

namespace CsWarehouse.Cli.Commands;

/// <summary>Opens the warehouse a command names, holding the run lock, with its schema migrated.</summary>
public static class WarehouseSession
{
    private static readonly TimeSpan WaitStep = TimeSpan.FromSeconds(1);

    /// <summary>The warehouse that --db (or CSWH_DB) names, and a console log that masks its secrets.</summary>
    public static (WarehouseTarget Target, ConsoleRunLog Log) Resolve(ParsedOptions options, Terminal terminal)
    {
        var target = WarehouseTarget.Resolve(options.Get(CommonOptions.Db.Name));
        return (target, new ConsoleRunLog(terminal, new Redactor(target.Secrets())));
    }

    public static IWarehouseEngine Open(WarehouseTarget target, ConsoleRunLog log, bool wait)
    {
        log.Info($"warehouse: {target.Describe()}");
        var waitingSince = DateTime.UtcNow;
        while (true)
        {
            IWarehouseEngine? engine = null;
            try
            {
                engine = WarehouseEngines.Open(target);
                if (engine.TryAcquireRunLock()) return engine;
                engine.Dispose();
                if (!wait) throw new WarehouseLockedException("Another run holds the warehouse lock.");
            }
            catch (WarehouseLockedException) when (wait)
            {
                engine?.Dispose();
            }
            if ((DateTime.UtcNow - waitingSince).TotalSeconds % 30 < WaitStep.TotalSeconds)
                log.Info("waiting for the run that holds the warehouse lock to finish…");
            Thread.Sleep(WaitStep);
        }
    }

    /// <summary>
    /// Opens the warehouse only to read it: no run lock is taken and nothing is migrated, so a read never waits
    /// behind a load nor changes the schema. (The one place a read opens the warehouse.)
    /// </summary>
    public static IWarehouseEngine OpenForReading(WarehouseTarget target, ConsoleRunLog log)
    {
        log.Info($"warehouse: {target.Describe()}");
        return WarehouseEngines.Open(target);
    }

    public static IWarehouseEngine OpenMigrated(WarehouseTarget target, ConsoleRunLog log, bool wait)
    {
        var engine = Open(target, log, wait);
        try
        {
            var applied = Migrator.Migrate(engine, log);
            log.Info(applied.Count == 0 ? "migrate: schema is up to date" : $"migrate: {applied.Count} scripts applied");
            return engine;
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }
}
