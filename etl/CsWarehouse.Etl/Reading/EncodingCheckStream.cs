using System.Text;

namespace CsWarehouse.Etl.Reading;

/// <summary>
/// A read-only pass-through stream that decodes what it passes with a strict decoder, so bytes that are not valid
/// in the file's encoding stop the read at the chunk that holds them instead of turning into replacement characters.
/// </summary>
internal sealed class EncodingCheckStream(Stream inner, Encoding strict, Func<long, Exception> invalidByteAt) : ReadOnlyStreamBase(inner)
{
    private readonly Decoder _decoder = strict.GetDecoder();
    private char[] _chars = [];
    private long _position;

    public override int Read(Span<byte> buffer)
    {
        var n = Inner.Read(buffer);
        Check(buffer[..n], flush: n == 0);
        _position += n;
        return n;
    }

    private void Check(ReadOnlySpan<byte> bytes, bool flush)
    {
        var needed = strict.GetMaxCharCount(bytes.Length);
        if (_chars.Length < needed) _chars = new char[Math.Max(needed, 4096)];
        try
        {
            _decoder.GetChars(bytes, _chars, flush);
        }
        catch (DecoderFallbackException e)
        {
            // Index is relative to this chunk; a sequence begun in the previous chunk gives a negative one.
            throw invalidByteAt(Math.Max(0, _position + e.Index));
        }
    }
}
