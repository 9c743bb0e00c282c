using System.Data.Common;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Loading;
using Dapper;
using DbUp.Engine;

namespace CsWarehouse.Etl.Migrations;

/// <summary>
/// Brings a warehouse's schema up to date in one transaction: the run-once scripts DbUp has not journaled, then the
/// kpi views whose text changed. A warehouse that is up to date gets no DDL at all, so the grants on its views and
/// the views users build on them stay untouched; a migration killed midway leaves the warehouse as it was.
/// </summary>
public static class Migrator
{
    public static readonly string[] Schemas = ["etl", "stg", "dw", "kpi"];

    /// <summary>Applies what is missing and returns the names of the scripts and views that changed.</summary>
    public static IReadOnlyList<string> Migrate(IWarehouseEngine engine, IRunLog log)
    {
        using var tx = engine.Connection.BeginTransaction();
        try
        {
            var applied = Apply(engine, tx, log);
            tx.Commit();
            return applied;
        }
        catch (Exception e)
        {
            FirstCause.Rollback(tx, e);
            throw;
        }
    }

    private static List<string> Apply(IWarehouseEngine engine, DbTransaction tx, IRunLog log)
    {
        engine.EnsureSchemas(Schemas, tx);
        var upgrader = engine.CreateUpgrader(tx)
            .WithScripts(Scripts(engine.Kind))
            .WithVariables(engine.SqlVariables.ToDictionary())
            .WithoutTransaction() // the transaction is the caller's, lent with the connection
            .WithExecutionTimeout(TimeSpan.FromHours(1))
            .LogTo(new DbUpLog(log))
            .Build();
        var pending = upgrader.GetScriptsToExecute();
        var views = KpiViews.For(engine);
        var recorded = KpiViews.Recorded(engine.Connection, tx);
        var existing = KpiViews.Existing(engine.Connection, tx);
        var changed = views.Where(v => !existing.Contains(v.Name) || recorded.GetValueOrDefault(v.Name) != v.Sha256).ToList();
        if (pending.Count == 0 && changed.Count == 0) return [];

        var grants = engine.ViewGrants(views.Select(v => v.Name).Where(existing.Contains).ToList(), tx);
        if (pending.Count > 0)
        {
            // A table script may change a column a view reads, which PostgreSQL refuses while the view exists: the
            // warehouse's own views go first, and all are created again after the scripts.
            DropOwnViews(engine, views, tx);
            var result = upgrader.PerformUpgrade();
            if (!result.Successful)
                throw new MigrationException(result.ErrorScript?.Name ?? "(unknown script)", result.Error);
            StepBoundary.Reached(StepBoundary.Migrate);
            CreateAll(engine, views, tx, log);
            changed = views.ToList();
        }
        else
        {
            StepBoundary.Reached(StepBoundary.Migrate);
            var inPlace = changed.All(view =>
            {
                log.Info($"migrate: view kpi.{view.Name}");
                return existing.Contains(view.Name) ? engine.TryReplaceView(view, tx) : Create(engine, view, tx);
            });
            if (!inPlace)
            {
                // A view whose columns changed, where the engine cannot replace it in place: all of the warehouse's
                // views are created anew (a later view may read it), with their grants given back below.
                DropOwnViews(engine, views, tx);
                CreateAll(engine, views, tx, log);
                changed = views.ToList();
            }
        }
        foreach (var grant in grants)
            engine.Connection.Execute(grant, transaction: tx);
        RecordViews(engine, views, tx);
        StepBoundary.Reached(StepBoundary.Views);
        return pending.Select(s => s.Name).Concat(changed.Select(v => "kpi." + v.Name)).ToList();
    }

    /// <summary>Drops the warehouse's own views, latest first, never with cascade: a user's view built on one stops the migration.</summary>
    private static void DropOwnViews(IWarehouseEngine engine, IReadOnlyList<KpiView> views, DbTransaction tx)
    {
        var existing = KpiViews.Existing(engine.Connection, tx);
        foreach (var view in views.Reverse().Where(v => existing.Contains(v.Name)))
            engine.Connection.Execute($"drop view {KpiViews.Schema}.{view.Name}", transaction: tx);
    }

    private static void CreateAll(IWarehouseEngine engine, IReadOnlyList<KpiView> views, DbTransaction tx, IRunLog log)
    {
        log.Info($"migrate: {views.Count} kpi views created");
        foreach (var view in views) Create(engine, view, tx);
    }

    private static bool Create(IWarehouseEngine engine, KpiView view, DbTransaction tx)
    {
        engine.Connection.Execute(view.CreateSql, transaction: tx);
        return true;
    }

    private static void RecordViews(IWarehouseEngine engine, IReadOnlyList<KpiView> views, DbTransaction tx)
    {
        engine.Connection.Execute("delete from etl.view_definition", transaction: tx);
        RunTables.Write(engine, tx, RunTables.ViewDefinition,
            views.Select(v => new object?[] { v.Name, v.Sha256, RunRecorder.Now() }));
    }

    /// <summary>The run-once scripts, named by file name only so moving a folder never re-runs a script.</summary>
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
    }
}
