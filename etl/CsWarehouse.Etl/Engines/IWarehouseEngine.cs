using System.Data.Common;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Migrations;
using DbUp.Builder;

namespace CsWarehouse.Etl.Engines;

/// <summary>
/// Everything engine-specific about a warehouse, kept in one small place: the connection, the run lock,
/// the bulk path, the DbUp provider and the type names the shared SQL scripts use as variables.
/// </summary>
public interface IWarehouseEngine : IAsyncDisposable, IDisposable
{
    EngineKind Kind { get; }

    /// <summary>The one open connection the run works on.</summary>
    DbConnection Connection { get; }

    /// <summary>Values for the <c>$name$</c> variables of the shared scripts (type names and the like).</summary>
    IReadOnlyDictionary<string, string> SqlVariables { get; }

    /// <summary>Creates the schemas if missing, within the migration's transaction, before DbUp needs the journal schema.</summary>
    void EnsureSchemas(IEnumerable<string> schemas, DbTransaction transaction);

    /// <summary>
    /// Brings the planner's statistics of freshly loaded tables up to date, where the engine needs it. By default
    /// nothing: DuckDB and SQL Server keep their own statistics current as rows arrive.
    /// </summary>
    void RefreshStatistics(IEnumerable<string> tables, DbTransaction transaction) { }

    /// <summary>
    /// Readies the staging tables a run writes, in its transaction. By default nothing: the <c>stg</c> tables are
    /// ordinary tables, which the run then empties. DuckDB gives each run new, empty temporary tables of its own.
    /// </summary>
    /// <returns>Whether staging is already empty, so the run need not empty it.</returns>
    bool ReadyStaging(DbTransaction transaction) => false;

    /// <summary>
    /// Whether a run commits its staged rows in a transaction of their own before it conforms them in the run's
    /// transaction. Only where staging is not part of the warehouse: then that commit lands nothing in the dw or etl
    /// tables, and the run still lands whole or not at all. By default false: staging tables are the warehouse's own, written in the run's one
    /// transaction. DuckDB stages into temporary tables of its session (<see cref="ReadyStaging"/>).
    /// </summary>
    bool CommitsStagingApart => false;

    /// <summary>
    /// A statement on <c>stg.*</c> tables as this engine runs it; by default as written. Every statement a load runs
    /// on staging goes through it: on DuckDB the file's own stg tables stay empty, so a statement that did not would
    /// read nothing.
    /// </summary>
    string OnStaging(string sql) => sql;

    /// <summary>
    /// How the engine best finds the staged rows that a later row of the same key supersedes. True: by counting the
    /// rows of each key in the staging table, one aggregate that leaves nothing to join when no key repeats. False: by
    /// matching each row against the later rows of its key, a semi-join of the staging table with itself. Measured on
    /// the staged messages of a benchmark export, DuckDB counts faster (5.5 million rows: 0.4 s against 1.8 s) and
    /// PostgreSQL matches faster with its parallel hash join (1.4 million rows: 0.44 s against 1.0 s). By default false;
    /// SQL Server has not been measured.
    /// </summary>
    bool FindsSupersededRowsByCountingKeys => false;

    /// <summary>
    /// Readies the run's transaction for its data tests, where the engine needs it. By default nothing.
    /// </summary>
    void BeforeDataTests(DbTransaction transaction) { }

    /// <summary>
    /// Drops the warehouse's own lookup indexes of each table that holds fewer rows than are coming into it: building
    /// an index once after a bulk write costs far less than keeping it up to date row by row. A table whose lock is
    /// not granted at once (a long query is reading it) keeps its indexes. By default none: the shared scripts create
    /// no secondary indexes, only the PostgreSQL extras do.
    /// </summary>
    SuspendedIndexes SuspendIndexes(IEnumerable<(string Table, long RowsComing)> tables, DbTransaction transaction) =>
        SuspendedIndexes.None;

    /// <summary>The engine's words for creating a view or replacing it in place, keeping its grants where it has them.</summary>
    string CreateOrReplaceView { get; }

    /// <summary>
    /// Replaces one existing kpi view in place within <paramref name="transaction"/>; false (with nothing changed)
    /// where the engine cannot, as PostgreSQL cannot when the view's columns change.
    /// </summary>
    bool TryReplaceView(KpiView view, DbTransaction transaction)
    {
        Dapper.SqlMapper.Execute(Connection, KpiViews.ReplaceSql(view, CreateOrReplaceView), transaction: transaction);
        return true;
    }

    /// <summary>GRANT statements giving back what other roles hold on these kpi views (none where the engine has no grants).</summary>
    IReadOnlyList<string> ViewGrants(IReadOnlyList<string> views, DbTransaction transaction) => [];

    /// <summary>A DbUp builder on this engine's own connection and <paramref name="transaction"/>, journaling into <c>etl.schema_version</c>.</summary>
    UpgradeEngineBuilder CreateUpgrader(DbTransaction transaction);

    /// <summary>Takes the warehouse's run lock for as long as the engine is open; false if another run holds it.</summary>
    bool TryAcquireRunLock();

    /// <summary>Who holds the run lock and since when, where the engine can tell (after <see cref="TryAcquireRunLock"/> failed).</summary>
    string? DescribeLockHolder() => null;

    /// <summary>Opens a bulk writer into <paramref name="table"/> within <paramref name="transaction"/>.</summary>
    IBulkWriter OpenBulkWriter(TableLayout table, DbTransaction transaction);
}
