using System.Data.Common;
using Dapper;

namespace CsWarehouse.Etl.Engines;

/// <summary>Catalog statements that read the same on every engine, apart from the words each one needs.</summary>
internal static class EngineCatalog
{
    /// <summary>Creates missing schemas where the engine has <c>create schema if not exists</c> (DuckDB, PostgreSQL).</summary>
    public static void CreateSchemasIfMissing(DbConnection connection, IEnumerable<string> schemas)
    {
        foreach (var schema in schemas)
            connection.Execute($"create schema if not exists {schema}");
    }

    /// <summary>Drops every view of a schema; <paramref name="dropSuffix"/> is " cascade" where the engine has it.</summary>
    public static void DropViews(DbConnection connection, string schema, string dropSuffix)
    {
        var views = connection.Query<string>(
            "select table_name from information_schema.views where table_schema = '" + schema + "'").ToList();
        foreach (var view in views)
            connection.Execute($"drop view if exists {schema}.{view}{dropSuffix}");
    }
}
