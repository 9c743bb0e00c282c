using System.Data.Common;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Contracts;
using CsWarehouse.Etl.Migrations;
using Dapper;
using DbUp;
using DbUp.Builder;
using Npgsql;

namespace CsWarehouse.Etl.Engines.Postgres;

/// <summary>A PostgreSQL server: binary COPY for bulk writes, a session advisory lock for runs (<see cref="PostgresRunLock"/>).</summary>
public sealed class PostgresEngine : IWarehouseEngine
{
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
        ["key"] = $"varchar({ColumnBounds.KeyLength})",
        ["text"] = $"varchar({ColumnBounds.TextLength})",
        ["longtext"] = "text",
        ["timestamp"] = "timestamp(3)",
    };

    public static PostgresEngine Open(string connectionString)
    {
        // Conform statements on millions of rows outlast the 30 s default. No pooling: the run lock is
        // held by the session, and a pooled connection would keep it after the run ends.
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            CommandTimeout = 0, Pooling = false, ApplicationName = PostgresRunLock.ApplicationName,
        };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        PostgresRunLock.GuardSession(connection);
        TuneForBatchWork(connection);
        return new PostgresEngine(connection, builder.ConnectionString);
    }

    /// <summary>The memory a sort or hash of the session may take before it spills to disk; a server set higher keeps its own.</summary>
    public const string BatchWorkMem = "64MB";

    /// <summary>
    /// A load runs few statements, each over up to millions of rows, once. JIT compiling them costs a few tenths of a
    /// second each and saves less; and at the 4 MB default, the sorts of the reply windows and the MRR months spill to
    /// disk and run several times slower. Measured at 30,000 customers: a full load 33.9 s with the defaults, 29.1 s so.
    /// </summary>
    private static void TuneForBatchWork(NpgsqlConnection connection)
    {
        connection.Execute("set jit = off");
        connection.Execute(
            "select set_config('work_mem', @size, false) where pg_size_bytes(current_setting('work_mem')) < pg_size_bytes(@size)",
            new { size = BatchWorkMem });
    }

    public void EnsureSchemas(IEnumerable<string> schemas, DbTransaction transaction) =>
        EngineCatalog.CreateSchemasIfMissing(Connection, schemas, transaction);

    public string CreateOrReplaceView => "create or replace view";

    // PostgreSQL replaces a view in place (keeping its grants and the views built on it) only while its columns
    // stay the same or grow at the end; otherwise it refuses, and the migrator creates the views anew.
    public bool TryReplaceView(KpiView view, DbTransaction transaction)
    {
        var tx = (NpgsqlTransaction)transaction;
        const string savepoint = "cswh_replace_view";
        tx.Save(savepoint);
        try
        {
            _connection.Execute(KpiViews.ReplaceSql(view, CreateOrReplaceView), transaction: tx);
            tx.Release(savepoint);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidTableDefinition)
        {
            tx.Rollback(savepoint);
            return false;
        }
    }

    public IReadOnlyList<string> ViewGrants(IReadOnlyList<string> views, DbTransaction transaction) =>
        EngineCatalog.KpiViewGrants(_connection, views, transaction, "current_user", n => "\"" + n.Replace("\"", "\"\"") + "\"");

    // A small load's statistics still describe the facts before it: its own run_id is a value they have never seen,
    // so the planner expects one row of it and joins the run's thousands of rows to a dimension by reading the whole
    // dimension once per row (a narrowed orphan check at 120,000 customers: 60 s). Hash joins cost little either way.
    public void BeforeDataTests(DbTransaction transaction) =>
        _connection.Execute("set local enable_nestloop = off", transaction: transaction);

    // Staging tables are refilled every run; without fresh statistics the planner assumes they are tiny.
    public void RefreshStatistics(IEnumerable<string> tables, DbTransaction transaction)
    {
        foreach (var table in tables)
            _connection.Execute($"analyze {table}", transaction: transaction);
    }

    public SuspendedIndexes SuspendIndexes(IEnumerable<(string Table, long RowsComing)> tables, DbTransaction transaction)
    {
        var tx = (NpgsqlTransaction)transaction;
        var creates = new List<string>();
        foreach (var (table, rowsComing) in tables)
        {
            // reltuples is the planner's estimate (-1 before the first analyze): enough to tell small from large.
            var rows = _connection.ExecuteScalar<long>(
                "select greatest(reltuples, 0)::bigint from pg_class where oid = @table::regclass", new { table }, tx);
            if (rows >= rowsComing) continue;
            var indexes = _connection.Query<(string Name, string Definition)>(OwnLookupIndexes, new { table }, tx).ToList();
            if (indexes.Count > 0 && TryDrop(indexes.Select(i => i.Name), tx))
                creates.AddRange(indexes.Select(i => i.Definition));
        }
        return new SuspendedIndexes(creates);
    }

    // The lookup indexes the warehouse's own scripts create (named ix_...): never a unique one, one behind a
    // constraint, or one someone added by hand.
    private const string OwnLookupIndexes = """
        select quote_ident(ns.nspname) || '.' || quote_ident(ic.relname), pg_get_indexdef(i.indexrelid)
        from pg_index i
        join pg_class ic on ic.oid = i.indexrelid
        join pg_namespace ns on ns.oid = ic.relnamespace
        where i.indrelid = @table::regclass
          and not i.indisunique
          and ic.relname like 'ix\_%'
          and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
        order by ic.relname
        """;

    /// <summary>
    /// Drops the indexes if their table's lock comes within <see cref="DropLockTimeout"/>. Dropping locks out the
    /// table's readers until the run commits, and a reader in a long query would make the drop (and every reader
    /// after it) wait: then the table keeps its indexes and the run goes on without the saving, as it does when the
    /// login may not drop them.
    /// </summary>
    private bool TryDrop(IEnumerable<string> indexes, NpgsqlTransaction tx)
    {
        const string savepoint = "cswh_suspend_indexes";
        tx.Save(savepoint);
        try
        {
            _connection.Execute($"set local lock_timeout = '{DropLockTimeout}'", transaction: tx);
            foreach (var index in indexes)
                _connection.Execute($"drop index {index}", transaction: tx);
            // Back to the session's own setting for the rest of the run.
            _connection.Execute("reset lock_timeout", transaction: tx);
            tx.Release(savepoint);
            return true;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.InsufficientPrivilege)
        {
            tx.Rollback(savepoint); // undoes the drops done so far and the lock_timeout setting
            return false;
        }
    }

    /// <summary>How long dropping a table's indexes may wait for its readers.</summary>
    internal const string DropLockTimeout = "2s";

    public UpgradeEngineBuilder CreateUpgrader(DbTransaction transaction) =>
        EngineCatalog.Borrowing(
            DeployChanges.To.PostgresqlDatabase(_connectionString).JournalToPostgresqlTable("etl", "schema_version"),
            _connection, transaction);

    public bool TryAcquireRunLock() => PostgresRunLock.TryAcquire(_connection);

    public string? DescribeLockHolder() => PostgresRunLock.DescribeHolder(_connection);

    public IBulkWriter OpenBulkWriter(TableLayout table, DbTransaction transaction) =>
        new PostgresBulkWriter(_connection, table);

    public void Dispose()
    {
        ReleaseRunLock();
        _connection.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        ReleaseRunLock();
        return _connection.DisposeAsync();
    }

    // The server frees a session's advisory lock only once its backend has exited, a moment after the client closes:
    // released here, the next run (often started the instant this one ends) finds it free.
    private void ReleaseRunLock()
    {
        if (_connection.State != System.Data.ConnectionState.Open) return;
        try { _connection.Execute("select pg_advisory_unlock_all()"); }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException) { }
    }
}
