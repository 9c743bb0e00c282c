using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.Engines;

/// <summary>
/// PostgreSQL drops a fact's lookup indexes while a load larger than the fact is written and builds them again
/// afterwards; the warehouse must end every run with exactly the indexes its scripts create.
/// </summary>
public sealed class PostgresIndexTests
{
    private const string FactIndexes =
        "select indexname || ': ' || indexdef from pg_indexes where schemaname = 'dw' and tablename like 'fact%' order by indexname";

    /// <summary>The fact indexes the PostgreSQL extras create, read from the scripts themselves.</summary>
    private static List<string> DeclaredFactIndexes() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root(), "warehouse", "engines", "postgres"), "*.sql")
            .SelectMany(File.ReadLines)
            .Where(line => line.StartsWith("create index ", StringComparison.Ordinal) && line.Contains(" on dw.fact_"))
            .Select(line => line.Split(' ')[2])
            .Order(StringComparer.Ordinal)
            .ToList();

    [SkippableFact]
    public void Suspended_indexes_come_back_as_they_were_and_large_tables_keep_theirs()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        using var engine = warehouse.Open();
        var before = engine.Connection.Query<string>(FactIndexes).ToList();
        Assert.Equal(DeclaredFactIndexes(), before.Select(i => i.Split(':')[0]).ToList());

        using (var tx = engine.Connection.BeginTransaction())
        {
            var suspended = engine.SuspendIndexes(["dw.fact_ticket_message"], rowsComing: 1000, tx);
            Assert.Equal(2, suspended.Count);
            var during = engine.Connection.Query<string>(FactIndexes, transaction: tx).ToList();
            Assert.DoesNotContain(during, i => i.Contains("fact_ticket_message"));

            suspended.Restore(engine.Connection, tx);
            Assert.Equal(before, engine.Connection.Query<string>(FactIndexes, transaction: tx).ToList());
            tx.Commit();
        }

        using (var tx = engine.Connection.BeginTransaction())
        {
            engine.Connection.Execute("analyze dw.fact_ticket_message", transaction: tx);
            // An empty table analysed holds 0 rows: a load of 0 rows is not larger, so nothing is dropped.
            Assert.Equal(0, engine.SuspendIndexes(["dw.fact_ticket_message"], rowsComing: 0, tx).Count);
            tx.Rollback();
        }
    }

    [SkippableFact]
    public void A_load_into_empty_facts_ends_with_every_declared_index()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        Assert.True(warehouse.Load(RepositoryPaths.DemoSamples).Succeeded);

        var indexes = WarehouseSnapshot.Query(warehouse.Target, FactIndexes).Select(r => ((string)r.Values.Single()!).Split(':')[0]).ToList();

        Assert.Equal(DeclaredFactIndexes(), indexes);
    }
}
