namespace CsWarehouse.Etl.Engines;

/// <summary>The .NET value kinds a bulk writer sends; each engine maps them to its own column types.</summary>
public enum ValueKind
{
    Text,
    Int32,
    Int64,
    Decimal,
    /// <summary>A UTC instant, sent as a DateTime of kind Unspecified holding the UTC wall clock.</summary>
    Timestamp,
    Date,
}

/// <summary>One column a bulk writer fills.</summary>
public sealed record ColumnLayout(string Name, ValueKind Kind);

/// <summary>A table a bulk writer fills: its schema, name and the columns in the order values come.</summary>
public sealed record TableLayout(string Schema, string Name, IReadOnlyList<ColumnLayout> Columns)
{
    public string QualifiedName => $"{Schema}.{Name}";
}
