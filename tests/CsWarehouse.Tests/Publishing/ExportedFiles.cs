using System.Text;
using Parquet;
using Parquet.Schema;
using Parquet.Serialization;

namespace CsWarehouse.Tests.Publishing;

/// <summary>Reads exported files back, independently of the exporter: Parquet with Parquet.Net, CSV with a small RFC 4180 parser.</summary>
internal static class ExportedFiles
{
    public static readonly ParquetOptions ReadOptions = new() { UseDateOnlyTypeForDates = true };

    public static (ParquetSchema Schema, List<Dictionary<string, object?>> Rows) ReadParquet(string path)
    {
        using var stream = File.OpenRead(path);
        var result = ParquetSerializer.DeserializeUntypedAsync(stream, ReadOptions).GetAwaiter().GetResult();
        // The untyped reader leaves a null out of its row: every column gets a key here, null or not.
        var names = result.Schema.DataFields.Select(f => f.Name).ToList();
        return (result.Schema, result.Data.Select(r => names.ToDictionary(n => n, n => r.TryGetValue(n, out var v) ? (object?)v : null)).ToList());
    }

    public static int ParquetRowGroups(string path)
    {
        using var stream = File.OpenRead(path);
        var reader = ParquetReader.CreateAsync(stream, ReadOptions).GetAwaiter().GetResult();
        try { return reader.RowGroupCount; }
        finally { reader.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
    }

    /// <summary>Every record of a CSV file (header first); null marks an unquoted empty field.</summary>
    public static List<string?[]> ReadCsv(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), $"{path} starts with a byte order mark");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        var records = new List<string?[]>();
        var fields = new List<string?>();
        var field = new StringBuilder();
        bool quoted = false, wasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') { quoted = true; wasQuoted = true; }
            else if (c == ',') { fields.Add(End()); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(End());
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                Assert.False(c is '\r' or '\n', $"{path}: a bare line break outside quotes at character {i}");
                field.Append(c);
            }
        }
        Assert.True(fields.Count == 0 && field.Length == 0, $"{path} does not end with CRLF");
        return records;

        string? End()
        {
            var value = field.Length == 0 && !wasQuoted ? null : field.ToString();
            field.Clear();
            wasQuoted = false;
            return value;
        }
    }
}
