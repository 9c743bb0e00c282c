using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines.Postgres;
using CsWarehouse.Tests.Support;
using Dapper;
using Npgsql;

namespace CsWarehouse.Tests.Engines;

/// <summary>
/// A warehouse session on PostgreSQL is set up for batch statements: no JIT compiling, and room for the reply and
/// MRR sorts in memory, without lowering what a server or a connection string already sets higher.
/// </summary>
public sealed class PostgresSessionTests
{
    [SkippableFact]
    public void A_session_runs_without_jit_and_with_at_least_the_batch_work_mem()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        using var engine = warehouse.Open();

        Assert.Equal("off", engine.Connection.ExecuteScalar<string>("show jit"));
        var workMem = engine.Connection.ExecuteScalar<long>("select pg_size_bytes(current_setting('work_mem'))");
        Assert.True(workMem >= BatchBytes(engine.Connection), $"work_mem is {workMem} bytes, below {PostgresEngine.BatchWorkMem}");
    }

    [SkippableFact]
    public void A_higher_work_mem_from_the_connection_string_is_kept()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        var higher = new NpgsqlConnectionStringBuilder(warehouse.Target.ConnectionString) { Options = "-c work_mem=256MB" };
        using var engine = PostgresEngine.Open(higher.ConnectionString);

        Assert.Equal("256MB", engine.Connection.ExecuteScalar<string>("show work_mem"));
    }

    private static long BatchBytes(System.Data.Common.DbConnection connection) =>
        connection.ExecuteScalar<long>("select pg_size_bytes(@size)", new { size = PostgresEngine.BatchWorkMem });
}
