using CsWarehouse.Etl.Configuration;

namespace CsWarehouse.Etl.Publishing;

/// <summary>The file format <c>cswh export</c> writes: Parquet for Power BI, CSV for Excel and anything else.</summary>
public enum ExportFormat
{
    Parquet,
    Csv,
}

public static class ExportFormats
{
    /// <summary>The extension of the files a format writes, without the dot.</summary>
    public static string Extension(this ExportFormat format) => format == ExportFormat.Csv ? "csv" : "parquet";

    public static ExportFormat Parse(string text, string optionName) => text.ToLowerInvariant() switch
    {
        "parquet" => ExportFormat.Parquet,
        "csv" => ExportFormat.Csv,
        _ => throw new ConfigurationException($"{optionName} must be parquet or csv, not '{text}'."),
    };
}
