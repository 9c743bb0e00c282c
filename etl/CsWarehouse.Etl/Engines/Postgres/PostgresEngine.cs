using System.Data.Common;
using CsWarehouse.Etl.Configuration;
using Dapper;
using DbUp;
using DbUp.Builder;
using Npgsql;

namespace CsWarehouse.Etl.Engines.Postgres;

/// <summary>A PostgreSQL server: binary COPY for bulk writes, a session advisory lock for runs.</summary>
public sealed class PostgresEngine : IWarehouseEngine
{
    // Any fixed number works; it only has to be the same for every cswh process.
    private const long RunLockKey = 0x6373_7768; // "cswh"

    private readonly NpgsqlConnection _connection;
    private readonly string _connectionString;

    private PostgresEngine(NpgsqlConnection connection, string connectionString)
    {
        _connection = connection;
        _connectionString = connectionString;
    }

    public EngineKind Kind => EngineKind.Postgres;
    public DbConnection Connection => _connection;

    public IReadOnlyDictionary<string, string> SqlVariables { get; } = new Dictionary<string, string>
    {
        ["key"] = "varchar(200)",
        ["text"] = "varchar(1000)",
        ["longtext"] = "text",
        ["timestamp"] = "timestamp(3)",
    };

    public static PostgresEngine Open(string connectionString)
    {
        // Conform statements on millions of rows outlast the 30 s default. No pooling: the run lock is
        // held by the session, and a pooled connection would keep it after the run ends.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0, Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return new PostgresEngine(connection, builder.ConnectionString);
    }

    public void EnsureSchemas(IEnumerable<string> schemas) => EngineCatalog.CreateSchemasIfMissing(Connection, schemas);

    // Staging tables are refilled every run; without fresh statistics the planner assumes they are tiny.
    public void RefreshStatistics(IEnumerable<string> tables, DbTransaction transaction)
    {
        foreach (var table in tables)
            _connection.Execute($"analyze {table}", transaction: transaction);
    }

    public SuspendedIndexes SuspendIndexes(IEnumerable<string> tables, long rowsComing, DbTransaction transaction)
    {
        var creates = new List<string>();
        foreach (var table in tables)
        {
            var (schema, name) = (table.Split('.')[0], table.Split('.')[1]);
            // reltuples is the planner's estimate (-1 before the first analyze): enough to tell small from large.
            var rows = _connection.ExecuteScalar<long>(
                "select greatest(reltuples, 0)::bigint from pg_class where oid = @table::regclass", new { table }, transaction);
            if (rows >= rowsComing) continue;
            // Unique indexes carry a rule; only the ones that merely speed up lookups are dropped.
            foreach (var (index, definition) in _connection.Query<(string, string)>(
                         "select indexname, indexdef from pg_indexes where schemaname = @schema and tablename = @name " +
                         "and indexdef not like 'CREATE UNIQUE%' order by indexname", new { schema, name }, transaction))
            {
                _connection.Execute($"drop index {schema}.{index}", transaction: transaction);
                creates.Add(definition);
            }
        }
        return new SuspendedIndexes(creates);
    }

    public void DropViews(string schema) => EngineCatalog.DropViews(Connection, schema, " cascade");

    public UpgradeEngineBuilder CreateUpgrader() =>
        DeployChanges.To.PostgresqlDatabase(_connectionString).JournalToPostgresqlTable("etl", "schema_version");

    public bool TryAcquireRunLock() =>
        _connection.ExecuteScalar<bool>("select pg_try_advisory_lock(@key)", new { key = RunLockKey });

    public IBulkWriter OpenBulkWriter(TableLayout table, DbTransaction transaction) =>
        new PostgresBulkWriter(_connection, table);

    public void Dispose() => _connection.Dispose();

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
