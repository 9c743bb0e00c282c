using DbUp.Builder;
using DuckDB.NET.Data;

namespace CsWarehouse.Etl.Migrations.DuckDb;

/// <summary>Adds DuckDB to DbUp's <c>DeployChanges.To</c> the way DbUp's own providers do.</summary>
public static class DuckDbExtensions
{
    /// <summary>Upgrades the database behind <paramref name="connection"/>, which must be open and stays the caller's to close.</summary>
    public static UpgradeEngineBuilder DuckDbDatabase(this SupportedDatabases supported, DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var builder = new UpgradeEngineBuilder();
        builder.Configure(c => c.ConnectionManager = new DuckDbConnectionManager(connection));
        builder.Configure(c => c.Journal = new DuckDbTableJournal(() => c.ConnectionManager, () => c.Log, "main", "schema_version"));
        builder.Configure(c => c.ScriptExecutor = new DuckDbScriptExecutor(
            () => c.ConnectionManager, () => c.Log, null, () => c.VariablesEnabled, c.ScriptPreprocessors, () => c.Journal));
        return builder;
    }

    /// <summary>Journals applied scripts in <paramref name="schema"/>.<paramref name="table"/>, creating both if missing.</summary>
    public static UpgradeEngineBuilder JournalToDuckDbTable(this UpgradeEngineBuilder builder, string schema, string table)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        builder.Configure(c => c.Journal = new DuckDbTableJournal(() => c.ConnectionManager, () => c.Log, schema, table));
        return builder;
    }
}
