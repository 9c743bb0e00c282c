using System.Text;

namespace CsWarehouse.Etl.Reading;

/// <summary>
/// Converts a file in a legacy code page to UTF-8 as it is read, composing characters (Unicode NFC) on the way:
/// Windows-1258 writes Vietnamese letters as a base letter plus combining marks, and a name must come out as the
/// same text whether it was exported in a code page or in UTF-8. Whole lines are composed at once, so a letter and
/// its marks are never split between two chunks.
/// </summary>
internal sealed class LegacyTextStream(Stream inner, Encoding encoding) : ReadOnlyStreamBase(inner)
{
    private readonly Decoder _decoder = encoding.GetDecoder();
    private readonly byte[] _raw = new byte[64 * 1024];
    private readonly StringBuilder _pending = new();
    private byte[] _out = [];
    private int _outStart, _outEnd;
    private bool _ended;

    public override int Read(Span<byte> buffer)
    {
        while (_outStart == _outEnd && !_ended) Fill();
        var n = Math.Min(buffer.Length, _outEnd - _outStart);
        _out.AsSpan(_outStart, n).CopyTo(buffer);
        _outStart += n;
        return n;
    }

    private void Fill()
    {
        var n = Inner.Read(_raw);
        _ended = n == 0;
        var chars = new char[encoding.GetMaxCharCount(n) + 2];
        var decoded = _decoder.GetChars(_raw, 0, n, chars, 0, flush: _ended);
        _pending.Append(chars, 0, decoded);
        var text = _pending.ToString();
        var cut = _ended ? text.Length : text.LastIndexOfAny(['\n', '\r']) + 1;
        _pending.Clear().Append(text, cut, text.Length - cut);
        _out = Encoding.UTF8.GetBytes(text[..cut].Normalize(NormalizationForm.FormC));
        _outStart = 0;
        _outEnd = _out.Length;
    }
}
