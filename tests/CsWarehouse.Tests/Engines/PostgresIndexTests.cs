using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;
using Dapper;
using Npgsql;

namespace CsWarehouse.Tests.Engines;

/// <summary>
/// PostgreSQL drops a fact's lookup indexes while a load larger than the fact is written and builds them again
/// afterwards; the warehouse must end every run with exactly the indexes its scripts create, and ordinary nightly
/// loads must not touch them.
/// </summary>
public sealed class PostgresIndexTests
{
    private const string FactIndexes =
        "select indexname || ': ' || indexdef from pg_indexes where schemaname = 'dw' and tablename like 'fact%' order by indexname";

    // An index built again gets a new oid: the oids tell whether a run dropped it.
    private const string FactIndexOids =
        "select indexrelid::regclass::text || '=' || indexrelid::oid::text from pg_index " +
        "where indrelid in ('dw.fact_ticket'::regclass, 'dw.fact_ticket_message'::regclass) order by 1";

    /// <summary>The fact indexes the PostgreSQL extras create, read from the scripts themselves.</summary>
    private static List<string> DeclaredFactIndexes() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root(), "warehouse", "engines", "postgres"), "*.sql")
            .SelectMany(File.ReadLines)
            .Where(line => line.StartsWith("create index ", StringComparison.Ordinal) && line.Contains(" on dw.fact_"))
            .Select(line => line.Split(' ')[2])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>How many indexes the PostgreSQL extras create on one dw table.</summary>
    private static int DeclaredIndexesOn(string table) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root(), "warehouse", "engines", "postgres"), "*.sql")
            .SelectMany(File.ReadLines)
            .Count(line => line.StartsWith("create index ", StringComparison.Ordinal) && line.Contains($" on dw.{table} ", StringComparison.Ordinal));

    [SkippableFact]
    public void Suspended_indexes_come_back_as_they_were()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        using var engine = warehouse.Open();
        var before = engine.Connection.Query<string>(FactIndexes).ToList();
        Assert.Equal(DeclaredFactIndexes(), before.Select(i => i.Split(':')[0]).ToList());

        using var tx = engine.Connection.BeginTransaction();
        var suspended = engine.SuspendIndexes([("dw.fact_ticket_message", 1000)], tx);
        Assert.Equal(DeclaredIndexesOn("fact_ticket_message"), suspended.Count);
        Assert.DoesNotContain(engine.Connection.Query<string>(FactIndexes, transaction: tx), i => i.Contains("fact_ticket_message"));

        suspended.Restore(engine.Connection, tx);
        Assert.Equal(before, engine.Connection.Query<string>(FactIndexes, transaction: tx).ToList());
    }

    [SkippableFact]
    public void Only_a_table_holding_fewer_rows_than_are_coming_loses_its_indexes()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        using var engine = warehouse.Open();
        engine.Connection.Execute("""
            insert into dw.fact_ticket_message (message_id, ticket_id, sent_at, sent_date_key, sent_hour, sent_epoch, author, is_agent)
            select 'M' || n, 'T' || (n / 4), timestamp '2026-03-01 09:00:00', 20260301, 9, n, 'customer', 0
            from generate_series(1, 2000) n
            """);
        engine.Connection.Execute("analyze dw.fact_ticket_message");

        using var tx = engine.Connection.BeginTransaction();
        Assert.Equal(0, engine.SuspendIndexes([("dw.fact_ticket_message", 1000)], tx).Count);
        Assert.Equal(DeclaredIndexesOn("fact_ticket_message"), engine.SuspendIndexes([("dw.fact_ticket_message", 5000)], tx).Count);
    }

    [SkippableFact]
    public void A_table_someone_is_reading_keeps_its_indexes_and_the_run_goes_on()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        using var engine = warehouse.Open();
        using var reader = new NpgsqlConnection(warehouse.Target.ConnectionString);
        reader.Open();
        using var reading = reader.BeginTransaction();
        reader.Execute("select count(*) from dw.fact_ticket_message", transaction: reading); // holds its lock until the end

        using var tx = engine.Connection.BeginTransaction();
        var suspended = engine.SuspendIndexes([("dw.fact_ticket_message", 1000), ("dw.fact_ticket", 1000)], tx);

        Assert.Equal(DeclaredIndexesOn("fact_ticket"), suspended.Count); // fact_ticket_message's stay
        Assert.Equal(DeclaredIndexesOn("fact_ticket_message"), engine.Connection.ExecuteScalar<long>(
            "select count(*) from pg_indexes where schemaname = 'dw' and tablename = 'fact_ticket_message'", transaction: tx));
        Assert.Equal("0", engine.Connection.ExecuteScalar<string>("show lock_timeout", transaction: tx));
    }

    [SkippableFact]
    public void A_first_load_builds_the_fact_indexes_again_and_a_small_load_leaves_them_alone()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        using (warehouse.Open()) { }
        var created = WarehouseSnapshot.Query(warehouse.Target, FactIndexOids).Select(r => (string)r.Values.Single()!).ToList();

        Assert.True(warehouse.Load(RepositoryPaths.DemoSamples).Succeeded);
        var afterFirst = WarehouseSnapshot.Query(warehouse.Target, FactIndexOids).Select(r => (string)r.Values.Single()!).ToList();
        Assert.Equal(DeclaredFactIndexes(), WarehouseSnapshot.Query(warehouse.Target, FactIndexes)
            .Select(r => ((string)r.Values.Single()!).Split(':')[0]).ToList());
        Assert.Equal(created.Count, afterFirst.Count);
        Assert.Empty(created.Intersect(afterFirst)); // every one dropped and built again

        // A nightly load with one ticket but more rows in all than the ticket facts hold: only the rows coming into
        // a fact count, so neither loses its indexes.
        var shifts = new System.Text.StringBuilder("agent_id,shift_date,logged_in_seconds\n");
        for (var agent = 1; agent <= 150; agent++)
            for (var day = 0; day < 200; day++)
                shifts.Append($"NIGHT{agent},{new DateOnly(2026, 1, 1).AddDays(day):yyyy-MM-dd},28800\n");
        using (var folder = new ExportFolder()
                   .With("agent_shifts.csv", shifts.ToString())
                   .With("tickets.csv", """
                       ticket_id,created_at,channel,status,contacts
                       T-NEW-1,2026-03-01T09:00:00Z,email,open,1
                       """))
            Assert.True(warehouse.Load(folder.Path).Succeeded);
        Assert.True(30_000 > WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_ticket_message"));

        Assert.Equal(afterFirst, WarehouseSnapshot.Query(warehouse.Target, FactIndexOids).Select(r => (string)r.Values.Single()!).ToList());
    }
}
