using DbUp.Support;

namespace CsWarehouse.Etl.Migrations.DuckDb;

/// <summary>Quotes DuckDB identifiers with double quotes.</summary>
public sealed class DuckDbObjectParser() : SqlObjectParser("\"", "\"");
