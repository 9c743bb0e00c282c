using System.Data.Common;
using System.Globalization;
using System.Text;

namespace CsWarehouse.Etl.Publishing;

/// <summary>
/// Writes rows as RFC 4180 CSV: UTF-8 (without BOM unless asked; Excel needs one to read non-Latin names), CRLF line ends, a header row, invariant culture,
/// ISO dates (2026-03-01) and timestamps (2026-03-01T09:30:00), null as an empty field (an empty text as <c>""</c>).
/// </summary>
public static class CsvTableWriter
{
    /// <summary>Streams every row of <paramref name="reader"/> to <paramref name="output"/>; returns the row count.</summary>
    public static long Write(ExportTable table, DbDataReader reader, Stream output, bool byteOrderMark = false)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(byteOrderMark), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        var kinds = table.Columns.Select(c => c.Kind).ToArray();
        for (var i = 0; i < kinds.Length; i++)
        {
            if (i > 0) writer.Write(',');
            CsvField.Write(writer, table.Columns[i].Name);
        }
        writer.WriteLine();
        long rows = 0;
        while (reader.Read())
        {
            for (var i = 0; i < kinds.Length; i++)
            {
                if (i > 0) writer.Write(',');
                WriteValue(writer, Format(kinds[i], reader, i));
            }
            writer.WriteLine();
            rows++;
        }
        return rows;
    }

    /// <summary>Null is an empty field; an empty text is <c>""</c>, so the two stay apart.</summary>
    private static void WriteValue(TextWriter writer, string? value)
    {
        if (value is null) return;
        if (value.Length == 0) writer.Write("\"\"");
        else CsvField.Write(writer, value);
    }

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
}
