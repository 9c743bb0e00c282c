namespace CsWarehouse.Etl.Reading;

/// <summary>A record source whose line numbers are shifted: a header on a later row, or a header the profile supplied.</summary>
internal sealed class OffsetRecordSource(IRecordSource inner, long offset) : IRecordSource
{
    public IReadOnlyList<string> Headers => inner.Headers;
    public bool Read() => inner.Read();
    public long LineNumber => inner.LineNumber + offset;
    public string? TextAt(int column) => inner.TextAt(column);
    public long BytesRead => inner.BytesRead;
    public void Dispose() => inner.Dispose();
}
