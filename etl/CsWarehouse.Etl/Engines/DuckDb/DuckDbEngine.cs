using System.Data.Common;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Migrations;
using CsWarehouse.Etl.Migrations.DuckDb;
using Dapper;
using DbUp;
using DbUp.Builder;
using DuckDB.NET.Data;

namespace CsWarehouse.Etl.Engines.DuckDb;

/// <summary>The embedded default: one DuckDB file, whose own file lock keeps a second process out.</summary>
public sealed class DuckDbEngine : IWarehouseEngine
{
    /// <summary>
    /// The name the warehouse file is attached under. DuckDB names a database after its file, so a file called
    /// dw.duckdb would make <c>dw.fact_ticket</c> ambiguous (catalog dw or schema dw); a fixed alias that is no
    /// schema name keeps every file name working.
    /// </summary>
    public const string Catalog = "cswh_warehouse";

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

    /// <summary>Opens (creating if missing, unless <paramref name="readOnly"/>) the warehouse file.</summary>
    public static DuckDbEngine Open(string file, bool readOnly = false)
    {
        var path = Path.GetFullPath(file);
        if (!readOnly) Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        try
        {
            connection.Execute($"attach {Literal(path)} as {Catalog}{(readOnly ? " (read_only)" : "")}");
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw DuckDbOpenFailure.Classify(e, file, path);
        }
        connection.Execute($"use {Catalog}");
        // DuckDB's default lets one process take 80% of the machine's memory and keeps a large uncommitted
        // transaction there; a fixed limit makes it spill to a temp folder instead, so memory stays flat. The folder
        // is the one DuckDB would use for the file opened directly (next to it), not one in the working directory.
        connection.Execute($"set memory_limit = '{MemoryLimit}'");
        connection.Execute($"set temp_directory = {Literal(path + ".tmp")}");
        return new DuckDbEngine(connection);
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''") + "'";

    /// <summary>DuckDB's memory ceiling; CSWH_DUCKDB_MEMORY_LIMIT (e.g. 2GB) overrides it.</summary>
    public static string MemoryLimit =>
        Environment.GetEnvironmentVariable("CSWH_DUCKDB_MEMORY_LIMIT") is { Length: > 0 } limit ? limit.Replace("'", "") : "256MB";

    public void EnsureSchemas(IEnumerable<string> schemas, DbTransaction transaction) =>
        EngineCatalog.CreateSchemasIfMissing(Connection, schemas, transaction);

    public string CreateOrReplaceView => "create or replace view";

    public UpgradeEngineBuilder CreateUpgrader(DbTransaction transaction) =>
        EngineCatalog.Borrowing(DeployChanges.To.DuckDbDatabase(_connection).JournalToDuckDbTable("etl", "schema_version"),
            _connection, transaction);

    // Opening the file already excludes every other process (DuckDB allows one writing process per file).
    public bool TryAcquireRunLock() => true;

    public IBulkWriter OpenBulkWriter(TableLayout table, DbTransaction transaction) =>
        new DuckDbBulkWriter(_connection, table);

    public void Dispose() => _connection.Dispose();

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
