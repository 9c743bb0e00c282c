using CsvHelper;

namespace CsWarehouse.Etl.Reading;

/// <summary>The CsvHelper settings every export is read with.</summary>
internal static class CsvOptions
{
    /// <summary>
    /// Separator detected from the data (comma, semicolon or tab); invariant culture; lines counted so rejects
    /// can name them; records with broken quoting or a wrong field count are skipped and reported.
    /// </summary>
    public static CsvReaderOptions For(Action<CsvMalformedRecord> onMalformed) => CsvReaderOptions.Default with
    {
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        MalformedData = CsvMalformedDataHandling.Skip,
        FieldCountMismatch = CsvFieldCountHandling.Skip,
        OnMalformedRecord = onMalformed,
        FormatProvider = System.Globalization.CultureInfo.InvariantCulture,
    };
}
