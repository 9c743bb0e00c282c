namespace CsWarehouse.Etl.Publishing;

/// <summary>The handful of value kinds the warehouse's tables and views hold, whatever the engine calls them.</summary>
public enum ExportColumnKind
{
    Int32,
    Int64,
    Decimal,
    Double,
    Boolean,
    Date,
    Timestamp,
    String,
}

public static class ExportColumnKinds
{
    /// <summary>
    /// The kind of an information_schema <c>data_type</c> on DuckDB, PostgreSQL or SQL Server.
    /// DuckDB's HUGEINT (what sum() of a bigint gives) becomes Int64: the warehouse's counts and seconds fit.
    /// </summary>
    public static ExportColumnKind FromDataType(string dataType)
    {
        var type = dataType.Trim().ToLowerInvariant();
        var paren = type.IndexOf('(');
        if (paren >= 0) type = type[..paren].Trim();
        return type switch
        {
            "integer" or "int" or "int4" or "smallint" or "int2" or "tinyint" or "utinyint" or "usmallint" => ExportColumnKind.Int32,
            "bigint" or "int8" or "hugeint" or "int128" or "uinteger" => ExportColumnKind.Int64,
            "decimal" or "numeric" or "money" => ExportColumnKind.Decimal,
            "double" or "double precision" or "float" or "float8" or "real" or "float4" => ExportColumnKind.Double,
            "boolean" or "bool" or "bit" => ExportColumnKind.Boolean,
            "date" => ExportColumnKind.Date,
            _ when type.StartsWith("timestamp", StringComparison.Ordinal) || type.StartsWith("datetime", StringComparison.Ordinal) => ExportColumnKind.Timestamp,
            _ => ExportColumnKind.String,
        };
    }
}
