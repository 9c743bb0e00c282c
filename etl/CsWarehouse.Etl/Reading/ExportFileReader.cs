using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Reading;

/// <summary>
/// Streams one export file: each record is parsed, validated and either written to staging or rejected
/// with its line, column, value and reason. Memory does not grow with the file.
/// </summary>
public sealed class ExportFileReader(Export export, LoadContext context)
{
    public delegate void ProgressHandler(long bytesRead, long rows);

    /// <summary>Opens the records of a file from its content stream, reporting records it cannot split.</summary>
    public delegate IRecordSource SourceOpener(Stream content, Action<MalformedRecord> onMalformed);

    public FileReadResult Read(string path, IBulkWriter staging, Action<Rejection> reject, ProgressHandler? progress = null) =>
        Read(path, export.FileName, (content, onMalformed) => new CsvRecordSource(content, onMalformed), staging, reject, progress);

    /// <summary>
    /// Reads the records <paramref name="open"/> yields from the file at <paramref name="path"/>, reported as
    /// <paramref name="file"/>. <paramref name="stagedLineOffset"/> is added to the line staged with each row, so rows
    /// of several files of one export keep their order (a later file's row supersedes an earlier one's).
    /// </summary>
    public FileReadResult Read(string path, string file, SourceOpener open, IBulkWriter staging, Action<Rejection> reject,
        ProgressHandler? progress = null, long stagedLineOffset = 0)
    {
        var size = InputPin.Stat(path).Length;
        long read = 0, rejected = 0;
        using var hashing = new HashingStream(File.OpenRead(path));
        // A workbook is binary; every other format is text, checked byte by byte against its encoding.
        var content = Profiles.VendorFileOpener.IsSpreadsheet(path) ? (Stream)hashing : TextInput.Open(hashing, path, file, context.Settings.Encoding);
        using var source = open(content, bad =>
        {
            read++;
            rejected++;
            reject(new Rejection(file, bad.LineNumber, "(record)", bad.RawRecord, bad.Reason));
        });
        var header = FileHeader.Match(export, source.Headers, file);
        var validator = new RowValidator(export, new ValueParser(context.Settings.SourceTimeZone), context.Settings.Years);
        var builder = new StagingRowBuilder(export, context);
        var row = new ParsedRow(export.Fields.Count);
        var mapped = source as IMappedRecordSource;

        while (source.Read())
        {
            read++;
            row.Reset(source.LineNumber + stagedLineOffset);
            validator.Fill(row, source.TextAt, header.ColumnOfField);
            DamagedIds.Check(export, row);
            var unmapped = mapped is null ? 0 : mapped.Problems.Count;
            if (row.IsValid && unmapped == 0) export.Check(row, context);
            if (row.IsValid && unmapped == 0)
            {
                staging.WriteRow(builder.Build(row));
                if (row.Notes.Count > 0) context.KeepNotes(row, source.LineNumber);
            }
            else
            {
                rejected++;
                foreach (var problem in RowProblems.Of(row, mapped))
                    reject(new Rejection(file, source.LineNumber, problem.Column, problem.Value, problem.Reason));
            }
            if ((read & 0x3FFF) == 0) progress?.Invoke(source.BytesRead, read);
        }
        progress?.Invoke(size, read);
        // Drain whatever the reader did not consume so the hash covers the whole file.
        hashing.CopyTo(Stream.Null);
        return new FileReadResult(read, rejected, hashing.HexDigest(), hashing.BytesRead);
    }
}
