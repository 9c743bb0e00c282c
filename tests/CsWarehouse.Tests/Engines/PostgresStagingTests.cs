using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.Engines;

/// <summary>
/// On PostgreSQL the staging and work tables stay out of the write-ahead log: they hold one run's rows and are
/// empty between runs, so logging them only doubles what a load writes. What a run commits is logged as ever.
/// </summary>
public sealed class PostgresStagingTests
{
    [SkippableFact]
    public void Staging_tables_are_unlogged_and_every_other_table_is_logged()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        using var engine = warehouse.Open();

        var tables = engine.Connection.Query<(string Schema, string Name, string Persistence)>("""
            select n.nspname, c.relname, c.relpersistence::text
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname in ('stg', 'dw', 'etl') and c.relkind = 'r'
            order by n.nspname, c.relname
            """).ToList();

        Assert.Contains(tables, t => t.Schema == "stg");
        Assert.Contains(tables, t => t.Schema == "dw");
        var logged = tables.Where(t => t.Schema == "stg" && t.Persistence != "u").Select(t => "stg." + t.Name).ToList();
        Assert.True(logged.Count == 0,
            $"Logged staging tables: {string.Join(", ", logged)}; add them to warehouse/engines/postgres/0192_postgres_unlogged_staging.sql " +
            "(or to a later script).");
        Assert.All(tables.Where(t => t.Schema != "stg"), t => Assert.Equal("p", t.Persistence));
    }
}
