namespace CsWarehouse.Etl.Publishing;

/// <summary>A table or view to export, with its columns in order.</summary>
public sealed record ExportTable(string Schema, string Name, IReadOnlyList<ExportColumn> Columns)
{
    public string QualifiedName => $"{Schema}.{Name}";

    /// <summary>The file name the Power BI model reads: <c>&lt;schema&gt;.&lt;table&gt;.parquet</c> (or .csv).</summary>
    public string FileName(ExportFormat format) => $"{Schema}.{Name}.{format.Extension()}";
}
