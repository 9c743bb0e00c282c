using System.Text;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Profiles;

/// <summary>Opens a file as records the way its profile says: CSV (header on a later row, or none), .xlsx or JSON rows.</summary>
public static class VendorFileOpener
{
    public static bool IsSpreadsheet(string path) => Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
    public static bool IsJson(string path) => Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Opens <paramref name="path"/>. <paramref name="content"/> is the file's stream for formats read from a stream;
    /// a workbook is opened from its path (it needs random access).
    /// </summary>
    public static IRecordSource Open(string path, Stream content, ProfileMatch? match, Action<MalformedRecord> onMalformed)
    {
        var file = Path.GetFileName(path);
        if (IsSpreadsheet(path))
            return new XlsxRecordSource(path, file, match?.Sheet, match?.HeaderRow ?? 1, match?.Columns);
        if (IsJson(path))
            return new JsonRowsRecordSource(content, file, match?.Rows);
        if (match?.Columns is { } columns)
        {
            // The profile's column names become the header line; every record then sits one line lower than in the file.
            var header = Encoding.UTF8.GetBytes(string.Join(",", columns.Select(Quote)) + "\n");
            return new OffsetRecordSource(new CsvRecordSource(new PrefixedStream(header, SkipBom(content)),
                bad => onMalformed(bad with { LineNumber = bad.LineNumber - 1 })), -1);
        }
        var skipped = (match?.HeaderRow ?? 1) - 1;
        if (skipped == 0) return new CsvRecordSource(content, onMalformed);
        SkipLines(content, skipped);
        return new OffsetRecordSource(new CsvRecordSource(content, bad => onMalformed(bad with { LineNumber = bad.LineNumber + skipped })), skipped);
    }

    /// <summary>The first rows of a file as text fields, for recognising it (the first sheet of a workbook, the keys of JSON rows).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> FirstRows(string path, int count, string? jsonRows = null)
    {
        var file = Path.GetFileName(path);
        if (IsSpreadsheet(path))
        {
            using var sheet = new XlsxRecordSource(path, file);
            var rows = new List<IReadOnlyList<string>> { sheet.Headers };
            while (rows.Count < count && sheet.Read())
                rows.Add(Enumerable.Range(0, sheet.Headers.Count).Select(i => sheet.TextAt(i) ?? "").ToList());
            return rows;
        }
        if (IsJson(path))
        {
            using var json = new JsonRowsRecordSource(File.OpenRead(path), file, jsonRows);
            return [json.Headers];
        }
        var lines = new List<IReadOnlyList<string>>();
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        while (lines.Count < count && reader.ReadLine() is { } line)
        {
            using var one = new CsvRecordSource(new MemoryStream(Encoding.UTF8.GetBytes(line)), _ => { });
            one.ReadHeader();
            lines.Add(one.Headers.ToList());
        }
        return lines;
    }

    private static string Quote(string name) => name.Contains(',') || name.Contains('"') ? $"\"{name.Replace("\"", "\"\"")}\"" : name;

    private static Stream SkipBom(Stream content)
    {
        var start = new byte[3];
        var read = 0;
        while (read < 3)
        {
            var n = content.Read(start, read, 3 - read);
            if (n == 0) break;
            read += n;
        }
        var bom = read == 3 && start[0] == 0xEF && start[1] == 0xBB && start[2] == 0xBF;
        return bom ? content : new PrefixedStream(start[..read], content);
    }

    private static void SkipLines(Stream content, int lines)
    {
        while (lines > 0)
        {
            var b = content.ReadByte();
            if (b < 0) return;
            if (b == '\n') lines--;
        }
    }
}
