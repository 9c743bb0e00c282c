namespace CsWarehouse.Etl.Publishing;

/// <summary>One column of an exported table: its name, kind, decimal precision and scale, and whether it may be null.</summary>
public sealed record ExportColumn(string Name, ExportColumnKind Kind, int Precision, int Scale, bool Nullable)
{
    /// <summary>Precision and scale for a decimal the catalog gives none for (PostgreSQL's bare numeric).</summary>
    public const int DefaultPrecision = 38, DefaultScale = 6;
}
