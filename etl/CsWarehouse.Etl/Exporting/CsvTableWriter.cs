using System.Data.Common;
using System.Globalization;
using System.Text;

namespace CsWarehouse.Etl.Exporting;

/// <summary>
/// Writes rows as RFC 4180 CSV: UTF-8 without BOM, CRLF line ends, a header row, invariant culture,
/// ISO dates (2026-03-01) and timestamps (2026-03-01T09:30:00), null as an empty field (an empty text as <c>""</c>).
/// </summary>
public static class CsvTableWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Streams every row of <paramref name="reader"/> to <paramref name="output"/>; returns the row count.</summary>
    public static long Write(ExportTable table, DbDataReader reader, Stream output)
    {
        using var writer = new StreamWriter(output, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(",", table.Columns.Select(c => Quote(c.Name))));
        long rows = 0;
        var fields = new string[table.Columns.Count];
        while (reader.Read())
        {
            for (var i = 0; i < fields.Length; i++) fields[i] = Field(Format(table.Columns[i].Kind, reader, i));
            writer.WriteLine(string.Join(",", fields));
            rows++;
        }
        return rows;
    }

    /// <summary>Null is an empty field; an empty text is <c>""</c>, so the two stay apart.</summary>
    private static string Field(string? value) => value is null ? "" : value.Length == 0 ? "\"\"" : Quote(value);

    private static string? Format(ExportColumnKind kind, DbDataReader reader, int i) => kind switch
    {
        ExportColumnKind.Int32 => ColumnValues.Int32(reader, i)?.ToString(CultureInfo.InvariantCulture),
        ExportColumnKind.Int64 => ColumnValues.Int64(reader, i)?.ToString(CultureInfo.InvariantCulture),
        ExportColumnKind.Decimal => ColumnValues.Decimal(reader, i)?.ToString(CultureInfo.InvariantCulture),
        ExportColumnKind.Double => ColumnValues.Double(reader, i)?.ToString("R", CultureInfo.InvariantCulture),
        ExportColumnKind.Boolean => ColumnValues.Boolean(reader, i) is { } b ? (b ? "true" : "false") : null,
        ExportColumnKind.Date => ColumnValues.Date(reader, i)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ExportColumnKind.Timestamp => ColumnValues.Timestamp(reader, i)?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        _ => ColumnValues.String(reader, i),
    };

    /// <summary>Quotes a field only when it holds a comma, a quote or a line break, doubling its quotes.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
