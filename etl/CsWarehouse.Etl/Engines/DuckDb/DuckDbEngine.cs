using System.Data.Common;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Migrations.DuckDb;
using Dapper;
using DbUp;
using DbUp.Builder;
using DuckDB.NET.Data;

namespace CsWarehouse.Etl.Engines.DuckDb;

/// <summary>The embedded default: one DuckDB file, whose own file lock keeps a second process out.</summary>
public sealed class DuckDbEngine : IWarehouseEngine
{
    private readonly DuckDBConnection _connection;

    private DuckDbEngine(DuckDBConnection connection) => _connection = connection;

    public EngineKind Kind => EngineKind.DuckDb;
    public DbConnection Connection => _connection;

    public IReadOnlyDictionary<string, string> SqlVariables { get; } = new Dictionary<string, string>
    {
        ["key"] = "varchar",
        ["text"] = "varchar",
        ["longtext"] = "varchar",
        ["timestamp"] = "timestamp",
    };

    public static DuckDbEngine Open(string file)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (directory is not null) Directory.CreateDirectory(directory);
        var connection = new DuckDBConnection($"Data Source={file}");
        try
        {
            connection.Open();
        }
        catch (DuckDBException e) when (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            connection.Dispose();
            throw new WarehouseLockedException($"Another process has the warehouse file {file} open.");
        }
        // DuckDB's default lets one process take 80% of the machine's memory and keeps a large uncommitted
        // transaction there; a fixed limit makes it spill to a temp folder instead, so memory stays flat.
        connection.Execute($"set memory_limit = '{MemoryLimit}'");
        return new DuckDbEngine(connection);
    }

    /// <summary>DuckDB's memory ceiling; CSWH_DUCKDB_MEMORY_LIMIT (e.g. 2GB) overrides it.</summary>
    public static string MemoryLimit =>
        Environment.GetEnvironmentVariable("CSWH_DUCKDB_MEMORY_LIMIT") is { Length: > 0 } limit ? limit.Replace("'", "") : "256MB";

    public void EnsureSchemas(IEnumerable<string> schemas) => EngineCatalog.CreateSchemasIfMissing(Connection, schemas);

    public void DropViews(string schema) => EngineCatalog.DropViews(Connection, schema, " cascade");

    public UpgradeEngineBuilder CreateUpgrader() =>
        DeployChanges.To.DuckDbDatabase(_connection).JournalToDuckDbTable("etl", "schema_version");

    // Opening the file already excludes every other process (DuckDB allows one writing process per file).
    public bool TryAcquireRunLock() => true;

    public IBulkWriter OpenBulkWriter(TableLayout table, DbTransaction transaction) =>
        new DuckDbBulkWriter(_connection, table);

    public void Dispose() => _connection.Dispose();

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
