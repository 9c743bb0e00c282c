using DbUp.Engine.Output;
using DbUp.Engine.Transactions;
using DbUp.Support;

namespace CsWarehouse.Etl.Migrations.DuckDb;

/// <summary>Journals applied scripts in a DuckDB table, creating its schema and the table on first use.</summary>
public sealed class DuckDbTableJournal(
    Func<IConnectionManager> connectionManager, Func<IUpgradeLog> logger, string? schema, string table)
    : TableJournal(connectionManager, logger, Parser, schema, table)
{
    static readonly DuckDbObjectParser Parser = new();

    // DbUp binds the parameters as scriptName/applied but names them "@scriptName"/"@applied" in the SQL;
    // DuckDB only understands $name. DuckDB has no identity columns, and max + 1 is safe because a
    // DuckDB file has a single writer.
    protected override string GetInsertJournalEntrySql(string scriptName, string applied) =>
        $"insert into {FqSchemaTableName} (schema_version_id, script_name, applied) " +
        $"select coalesce(max(schema_version_id), 0) + 1, ${scriptName.TrimStart('@')}, ${applied.TrimStart('@')} " +
        $"from {FqSchemaTableName}";

    protected override string GetJournalEntriesSql() =>
        $"select script_name from {FqSchemaTableName} order by schema_version_id";

    protected override string CreateSchemaTableSql(string quotedPrimaryKeyName) =>
        (string.IsNullOrEmpty(SchemaTableSchema) ? "" : $"create schema if not exists {Parser.QuoteIdentifier(SchemaTableSchema)}; ") +
        $"create table {FqSchemaTableName} (schema_version_id integer primary key, " +
        "script_name varchar not null, applied timestamp not null)";

    // information_schema lists every attached database, so a same-named table elsewhere must not count.
    protected override string DoesTableExistSql() =>
        "select 1 from information_schema.tables where table_catalog = current_database() " +
        $"and table_schema = {(string.IsNullOrEmpty(SchemaTableSchema) ? "current_schema()" : Literal(SchemaTableSchema))} " +
        $"and table_name = {Literal(UnquotedSchemaTableName)}";

    static string Literal(string value) => $"'{value.Replace("'", "''")}'";
}
