using System.Data.Common;
using CsWarehouse.Etl.Engines;
using Dapper;

namespace CsWarehouse.Etl.Migrations;

/// <summary>
/// What a read checks before it reads, instead of migrating: that the warehouse has been created by cswh and is not
/// older than this program. A read never changes the schema, so it works with a login that may only read.
/// </summary>
public static class SchemaCheck
{
    /// <summary>Throws <see cref="WarehouseNotReadyException"/> unless the warehouse has every script and view this cswh knows.</summary>
    public static void RequireCurrent(IWarehouseEngine engine, string describe)
    {
        var connection = engine.Connection;
        var views = KpiViews.For(engine);
        var existing = KpiViews.Existing(connection, null);
        if (!KpiViews.TableExists(connection, null, "etl", "schema_version"))
        {
            // A login that may read only the kpi views does not see etl at all: then the views must all be there.
            if (existing.Count == 0)
                throw new WarehouseNotReadyException(
                    $"{describe} holds no cswh warehouse (or this login may not read it): create one with cswh migrate or cswh load.");
            RequireViews(views, existing, describe);
            return;
        }
        var journaled = JournaledScripts(connection);
        var known = Migrator.Scripts(engine.Kind).Select(s => s.Name).ToList();
        var missing = known.Where(s => !journaled.Contains(s)).ToList();
        if (missing.Count > 0)
            throw new WarehouseNotReadyException(
                $"{describe} is older than this cswh ({missing.Count} schema changes missing, first {missing[0]}): " +
                "run cswh migrate (or a load) with a login that may change the schema.");
        // A warehouse migrated by a newer cswh has scripts this one does not know; its views are newer too.
        if (journaled.Any(s => !known.Contains(s))) return;
        RequireViews(views, existing, describe);
        var recorded = KpiViews.Recorded(connection, null);
        var stale = views.Where(v => recorded.GetValueOrDefault(v.Name) != v.Sha256).Select(v => v.Name).ToList();
        if (stale.Count > 0)
            throw new WarehouseNotReadyException(
                $"{describe} has kpi views older than this cswh (kpi.{stale[0]}{(stale.Count > 1 ? $" and {stale.Count - 1} more" : "")}): " +
                "run cswh migrate (or a load) with a login that may change the schema.");
    }

    // Each DbUp journal names its column in its own way (script_name, scriptname, ScriptName).
    private static HashSet<string> JournaledScripts(DbConnection connection) =>
        connection.Query("select * from etl.schema_version").Cast<IDictionary<string, object?>>()
            .Select(row => row.First(c => c.Key.Replace("_", "").Equals("scriptname", StringComparison.OrdinalIgnoreCase)).Value as string ?? "")
            .ToHashSet(StringComparer.Ordinal);

    private static void RequireViews(IReadOnlyList<KpiView> views, HashSet<string> existing, string describe)
    {
        var absent = views.Where(v => !existing.Contains(v.Name)).Select(v => v.Name).ToList();
        if (absent.Count > 0)
            throw new WarehouseNotReadyException(
                $"{describe} lacks the kpi views {string.Join(", ", absent.Take(3).Select(v => "kpi." + v))}" +
                $"{(absent.Count > 3 ? $" and {absent.Count - 3} more" : "")} (or this login may not read them): " +
                "run cswh migrate, and cswh grant-reader for a reading login.");
    }
}
