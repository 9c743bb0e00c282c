using System.Data.Common;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Contracts;
using Dapper;
using DbUp;
using DbUp.Builder;
using Microsoft.Data.SqlClient;

namespace CsWarehouse.Etl.Engines.SqlServer;

/// <summary>SQL Server or Azure SQL: SqlBulkCopy for bulk writes, a session application lock for runs.</summary>
public sealed class SqlServerEngine : IWarehouseEngine
{
    private readonly SqlConnection _connection;
    private readonly string _connectionString;

    private SqlServerEngine(SqlConnection connection, string connectionString)
    {
        _connection = connection;
        _connectionString = connectionString;
    }

    public EngineKind Kind => EngineKind.SqlServer;
    public DbConnection Connection => _connection;

    /// <summary>The variables, public so the offline T-SQL checks substitute exactly what a run would.</summary>
    public static IReadOnlyDictionary<string, string> Variables { get; } = new Dictionary<string, string>
    {
        ["key"] = $"nvarchar({ColumnBounds.KeyLength})",
        ["text"] = $"nvarchar({ColumnBounds.TextLength})",
        ["longtext"] = "nvarchar(max)",
        ["timestamp"] = "datetime2(3)",
    };

    public IReadOnlyDictionary<string, string> SqlVariables => Variables;

    public static SqlServerEngine Open(string connectionString)
    {
        var connection = new SqlConnection(connectionString);
        connection.Open();
        return new SqlServerEngine(connection, connectionString);
    }

    public void EnsureSchemas(IEnumerable<string> schemas, DbTransaction transaction)
    {
        foreach (var schema in schemas)
            _connection.Execute($"if schema_id('{schema}') is null exec('create schema {schema}')", transaction: transaction);
    }

    // CREATE OR ALTER keeps the view's permissions whatever its columns become.
    public string CreateOrReplaceView => "create or alter view";

    public IReadOnlyList<string> ViewGrants(IReadOnlyList<string> views, DbTransaction transaction) =>
        EngineCatalog.KpiViewGrants(_connection, views, transaction, "user_name()", n => "[" + n.Replace("]", "]]") + "]");

    public UpgradeEngineBuilder CreateUpgrader(DbTransaction transaction) =>
        EngineCatalog.Borrowing(DeployChanges.To.SqlDatabase(_connectionString).JournalToSqlTable("etl", "schema_version"),
            _connection, transaction);

    public bool TryAcquireRunLock() =>
        _connection.ExecuteScalar<int>(
            "declare @r int; exec @r = sp_getapplock @Resource = 'cswh-run', @LockMode = 'Exclusive', " +
            "@LockOwner = 'Session', @LockTimeout = 0; select @r") >= 0;

    public IBulkWriter OpenBulkWriter(TableLayout table, DbTransaction transaction) =>
        new SqlServerBulkWriter(_connection, (SqlTransaction)transaction, table);

    public void Dispose() => _connection.Dispose();

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
