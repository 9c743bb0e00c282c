using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Exports;

namespace CsWarehouse.Etl.Reading;

/// <summary>
/// Streams one export file: each record is parsed, validated and either written to staging or rejected
/// with its line, column, value and reason. Memory does not grow with the file.
/// </summary>
public sealed class ExportFileReader(Export export, LoadContext context, string? fileName = null)
{
    public delegate void ProgressHandler(long bytesRead, long rows);

    public FileReadResult Read(string path, IBulkWriter staging, Action<Rejection> reject, ProgressHandler? progress = null)
    {
        var file = fileName ?? export.FileName;
        var size = new FileInfo(path).Length;
        long read = 0, rejected = 0;
        using var hashing = new HashingStream(File.OpenRead(path));
        using var source = new CsvRecordSource(hashing, bad =>
        {
            read++;
            rejected++;
            reject(new Rejection(file, bad.LineNumber, "(record)", bad.RawRecord, bad.Reason));
        });
        var header = FileHeader.Match(export, source.Headers, file);
        var validator = new RowValidator(export, new ValueParser(context.Settings.SourceTimeZone));
        var builder = new StagingRowBuilder(export, context);
        var row = new ParsedRow(export.Fields.Count);

        while (source.Read())
        {
            read++;
            row.Reset(source.LineNumber);
            validator.Fill(row, source.TextAt, header.ColumnOfField);
            if (row.IsValid) export.Check(row, context);
            if (row.IsValid)
                staging.WriteRow(builder.Build(row));
            else
            {
                rejected++;
                foreach (var problem in row.Problems)
                    reject(new Rejection(file, row.LineNumber, problem.Column, problem.Value, problem.Reason));
            }
            if ((read & 0x3FFF) == 0) progress?.Invoke(source.BytesRead, read);
        }
        progress?.Invoke(size, read);
        // Drain whatever the reader did not consume so the hash covers the whole file.
        hashing.CopyTo(Stream.Null);
        return new FileReadResult(read, rejected, hashing.HexDigest(), size);
    }
}
