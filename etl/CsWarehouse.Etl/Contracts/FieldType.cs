namespace CsWarehouse.Etl.Contracts;

/// <summary>The value types of the data contract.</summary>
public enum FieldType
{
    /// <summary>Free text, kept as written (outer spaces trimmed).</summary>
    Text,
    /// <summary>A code: trimmed and lower-cased, optionally one of a fixed set.</summary>
    Code,
    /// <summary>An ISO 8601 timestamp; naive ones are in the source time zone. Staged as UTC plus date key and hour.</summary>
    Instant,
    /// <summary>YYYY-MM-DD.</summary>
    Date,
    /// <summary>YYYY-MM, staged as the first day plus a yyyymm key.</summary>
    Month,
    Integer,
    Decimal,
    /// <summary>true/false, yes/no, y/n, 1/0 in any case; staged as 0/1.</summary>
    Boolean,
}
