using System.Data.Common;
using CsWarehouse.Etl.Configuration;
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

    /// <summary>Creates the schemas if missing, before DbUp needs the journal schema.</summary>
    void EnsureSchemas(IEnumerable<string> schemas);

    /// <summary>
    /// Brings the planner's statistics of freshly loaded tables up to date, where the engine needs it. By default
    /// nothing: DuckDB and SQL Server keep their own statistics current as rows arrive.
    /// </summary>
    void RefreshStatistics(IEnumerable<string> tables, DbTransaction transaction) { }

    /// <summary>
    /// Drops the warehouse's own lookup indexes of each table that holds fewer rows than are coming into it: building
    /// an index once after a bulk write costs far less than keeping it up to date row by row. A table whose lock is
    /// not granted at once (a long query is reading it) keeps its indexes. By default none: the shared scripts create
    /// no secondary indexes, only the PostgreSQL extras do.
    /// </summary>
    SuspendedIndexes SuspendIndexes(IEnumerable<(string Table, long RowsComing)> tables, DbTransaction transaction) =>
        SuspendedIndexes.None;

    /// <summary>Drops every view of <paramref name="schema"/>, so the run-always view scripts can recreate them.</summary>
    void DropViews(string schema);

    /// <summary>A DbUp builder on this engine, journaling into <c>etl.schema_version</c>.</summary>
    UpgradeEngineBuilder CreateUpgrader();

    /// <summary>Takes the warehouse's run lock for as long as the engine is open; false if another run holds it.</summary>
    bool TryAcquireRunLock();

    /// <summary>Opens a bulk writer into <paramref name="table"/> within <paramref name="transaction"/>.</summary>
    IBulkWriter OpenBulkWriter(TableLayout table, DbTransaction transaction);
}
