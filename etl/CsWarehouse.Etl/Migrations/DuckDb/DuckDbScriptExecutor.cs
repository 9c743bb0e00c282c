using DbUp.Engine;
using DbUp.Engine.Output;
using DbUp.Engine.Transactions;
using DbUp.Support;

namespace CsWarehouse.Etl.Migrations.DuckDb;

/// <summary>Runs DbUp scripts on DuckDB, creating the target schema when one is configured.</summary>
public sealed class DuckDbScriptExecutor(
    Func<IConnectionManager> connectionManagerFactory, Func<IUpgradeLog> log, string? schema,
    Func<bool> variablesEnabled, IEnumerable<IScriptPreprocessor> scriptPreprocessors, Func<IJournal> journalFactory)
    : ScriptExecutor(connectionManagerFactory, new DuckDbObjectParser(), log, schema, variablesEnabled,
        scriptPreprocessors, journalFactory)
{
    protected override string GetVerifySchemaSql(string schema) =>
        $"create schema if not exists {QuoteSqlObjectName(schema)}";

    // DuckDBException is a DbException, which dbup-core already logs with the script name and block
    // number; logging it here as well would only repeat it.
    protected override void ExecuteCommandsWithinExceptionHandler(int index, SqlScript script, Action executeCallback) =>
        executeCallback();
}
