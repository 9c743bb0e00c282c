namespace CsWarehouse.Etl.Reading;

/// <summary>A read-only stream of some bytes followed by another stream (a header line put before a headerless file).</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream rest) : ReadOnlyStreamBase(rest)
{
    private int _at;

    public override int Read(Span<byte> buffer)
    {
        if (_at < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - _at);
            prefix.AsSpan(_at, n).CopyTo(buffer);
            _at += n;
            return n;
        }
        return Inner.Read(buffer);
    }
}
