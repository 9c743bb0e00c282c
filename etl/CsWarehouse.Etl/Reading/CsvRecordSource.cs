using CsvHelper;

namespace CsWarehouse.Etl.Reading;

/// <summary>A delimited text file read with CsvHelper: separator detected, quoting handled, malformed records reported.</summary>
public sealed class CsvRecordSource : IRecordSource
{
    private readonly CsvReader _reader;

    public CsvRecordSource(Stream stream, Action<MalformedRecord> onMalformed)
    {
        _reader = CsvReader.Create(stream, CsvOptions.For(bad =>
            onMalformed(new MalformedRecord(bad.LineNumber, bad.RawRecord, Describe(bad.Reason)))));
    }

    public IReadOnlyList<string> Headers => _reader.Headers;
    public bool Read() => _reader.Read();
    public long LineNumber => _reader.LineNumber;
    public long BytesRead => _reader.ByteOffset;

    public string? TextAt(int column)
    {
        if (_reader.IsEmpty(column)) return null;
        var trimmed = _reader.GetString(column).Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>Reads only the header row.</summary>
    public void ReadHeader() => _reader.ReadHeader();

    public void Dispose() => _reader.Dispose();

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "has a different number of fields than the header",
        CsvMalformedReason.UnterminatedQuote => "has a quoted field that is never closed",
        CsvMalformedReason.StrayQuote => "has a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "has text after a closing quote",
        _ => $"is malformed ({reason})",
    };
}
