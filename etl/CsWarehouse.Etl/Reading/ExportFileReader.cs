using CsvHelper;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Exports;

namespace CsWarehouse.Etl.Reading;

/// <summary>
/// Streams one export file: each record is parsed, validated and either written to staging or rejected
/// with its line, column, value and reason. Memory does not grow with the file.
/// </summary>
public sealed class ExportFileReader(Export export, LoadContext context)
{
    public delegate void ProgressHandler(long bytesRead, long rows);

    public FileReadResult Read(string path, IBulkWriter staging, Action<Rejection> reject, ProgressHandler? progress = null)
    {
        var file = export.FileName;
        var size = new FileInfo(path).Length;
        long read = 0, rejected = 0;
        using var hashing = new HashingStream(File.OpenRead(path));
        var options = CsvOptions.For(bad =>
        {
            read++;
            rejected++;
            reject(new Rejection(file, bad.LineNumber, "(record)", bad.RawRecord, Describe(bad.Reason)));
        });
        using var reader = CsvReader.Create(hashing, options);
        var header = FileHeader.Match(export, reader.Headers, file);
        var validator = new RowValidator(export, new ValueParser(context.Settings.SourceTimeZone));
        var builder = new StagingRowBuilder(export, context);
        var row = new ParsedRow(export.Fields.Count);
        string? TextAt(int column) => reader.IsEmpty(column) ? null : NullIfBlank(reader.GetString(column));

        while (reader.Read())
        {
            read++;
            row.Reset(reader.LineNumber);
            validator.Fill(row, TextAt, header.ColumnOfField);
            if (row.IsValid) export.Check(row, context);
            if (row.IsValid)
                staging.WriteRow(builder.Build(row));
            else
            {
                rejected++;
                foreach (var problem in row.Problems)
                    reject(new Rejection(file, row.LineNumber, problem.Column, problem.Value, problem.Reason));
            }
            if ((read & 0x3FFF) == 0) progress?.Invoke(reader.ByteOffset, read);
        }
        progress?.Invoke(size, read);
        // Drain whatever the reader did not consume so the hash covers the whole file.
        hashing.CopyTo(Stream.Null);
        return new FileReadResult(read, rejected, hashing.HexDigest(), size);
    }

    private static string? NullIfBlank(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "has a different number of fields than the header",
        CsvMalformedReason.UnterminatedQuote => "has a quoted field that is never closed",
        CsvMalformedReason.StrayQuote => "has a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "has text after a closing quote",
        _ => $"is malformed ({reason})",
    };
}
