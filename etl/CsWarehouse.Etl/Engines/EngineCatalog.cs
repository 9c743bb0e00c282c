using System.Data.Common;
using CsWarehouse.Etl.Migrations;
using Dapper;
using DbUp.Builder;

namespace CsWarehouse.Etl.Engines;

/// <summary>Catalog statements that read the same on every engine, apart from the words each one needs.</summary>
internal static class EngineCatalog
{
    /// <summary>Creates missing schemas where the engine has <c>create schema if not exists</c> (DuckDB, PostgreSQL).</summary>
    public static void CreateSchemasIfMissing(DbConnection connection, IEnumerable<string> schemas, DbTransaction transaction)
    {
        foreach (var schema in schemas)
            connection.Execute($"create schema if not exists {schema}", transaction: transaction);
    }

    /// <summary>Makes DbUp run on the run's own connection and transaction instead of opening its own.</summary>
    public static UpgradeEngineBuilder Borrowing(UpgradeEngineBuilder builder, DbConnection connection, DbTransaction transaction)
    {
        builder.Configure(c =>
        {
            var own = c.ConnectionManager;
            c.ConnectionManager = new BorrowedConnectionManager(connection, transaction, own.SplitScriptIntoCommands);
        });
        return builder;
    }

    /// <summary>
    /// The GRANT statements that give back what other roles hold on the named kpi views, read from the standard
    /// information_schema (PostgreSQL and SQL Server), for views a migration has to drop and create again.
    /// </summary>
    public static IReadOnlyList<string> KpiViewGrants(DbConnection connection, IReadOnlyList<string> views, DbTransaction transaction,
        string currentUser, Func<string, string> quote)
    {
        if (views.Count == 0) return [];
        var names = string.Join(", ", views.Select(v => $"'{v}'"));
        return connection.Query<(string Privilege, string Table, string Grantee)>(
                "select privilege_type, table_name, grantee from information_schema.table_privileges " +
                $"where table_schema = '{KpiViews.Schema}' and table_name in ({names}) and grantee <> {currentUser}",
                transaction: transaction)
            .Select(g => $"grant {g.Privilege.ToLowerInvariant()} on {KpiViews.Schema}.{g.Table} to " +
                         (g.Grantee.Equals("public", StringComparison.OrdinalIgnoreCase) ? "public" : quote(g.Grantee)))
            .ToList();
    }
}
