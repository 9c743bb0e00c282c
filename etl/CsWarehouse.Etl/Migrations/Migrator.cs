using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Loading;
using DbUp.Engine;

namespace CsWarehouse.Etl.Migrations;

/// <summary>Brings a warehouse's schema up to date with DbUp: run-once tables, then run-always views.</summary>
public static class Migrator
{
    public static readonly string[] Schemas = ["etl", "stg", "dw", "kpi"];

    /// <summary>Applies what is missing and returns the names of the scripts that ran.</summary>
    public static IReadOnlyList<string> Migrate(IWarehouseEngine engine, IRunLog log)
    {
        engine.EnsureSchemas(Schemas);
        // Views are definitions: all of them are dropped and the run-always scripts recreate them in file order.
        engine.DropViews("kpi");
        var upgrader = engine.CreateUpgrader()
            .WithScripts(Scripts(engine.Kind))
            .WithVariables(engine.SqlVariables.ToDictionary())
            .WithTransactionPerScript()
            .WithExecutionTimeout(TimeSpan.FromHours(1))
            .LogTo(new DbUpLog(log))
            .Build();
        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
            throw new MigrationException(result.ErrorScript?.Name ?? "(unknown script)", result.Error);
        return result.Scripts.Select(s => s.Name).ToList();
    }

    /// <summary>Every script DbUp runs, named by file name only so moving a folder never re-runs a script.</summary>
    public static IEnumerable<SqlScript> Scripts(Configuration.EngineKind engine)
    {
        var group = 0;
        foreach (var folder in WarehouseScripts.MigrationFolders.Append(WarehouseScripts.EngineFolder(engine)))
        {
            group++;
            foreach (var script in WarehouseScripts.In(folder))
                yield return new SqlScript(script.FileName, script.Text,
                    new SqlScriptOptions { ScriptType = DbUp.Support.ScriptType.RunOnce, RunGroupOrder = group });
        }
        group++;
        foreach (var folder in WarehouseScripts.ViewFolders)
        foreach (var script in WarehouseScripts.In(folder))
            yield return new SqlScript(script.FileName, script.Text,
                new SqlScriptOptions { ScriptType = DbUp.Support.ScriptType.RunAlways, RunGroupOrder = group });
    }
}
