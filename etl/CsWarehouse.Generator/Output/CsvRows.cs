using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Generator.Output;

/// <summary>A generated CSV file read back as rows of values named by the header, for rewrites after generation.</summary>
internal static class CsvRows
{
    /// <summary>Each record as column name → trimmed value (null when empty); a malformed record stops the read.</summary>
    public static IEnumerable<Dictionary<string, string?>> Read(string path)
    {
        using var source = new CsvRecordSource(File.OpenRead(path), bad =>
            throw new InvalidOperationException($"{path}:{bad.LineNumber}: {bad.Reason}"));
        while (source.Read())
        {
            var row = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < source.Headers.Count; i++) row[source.Headers[i]] = source.TextAt(i);
            yield return row;
        }
    }
}
