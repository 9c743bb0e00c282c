using System.Text;
using CsWarehouse.Etl.Configuration;

namespace CsWarehouse.Etl.Reading;

/// <summary>
/// Turns the raw bytes of a text export into the UTF-8 the CSV reader takes: a byte order mark names the encoding;
/// without one the file is in the configured encoding (UTF-8 unless <c>--encoding</c> says otherwise). Every byte is
/// checked, and the first invalid one fails the file naming its line.
/// </summary>
internal static class TextInput
{
    public static Stream Open(Stream raw, string path, string file, Encoding? configured)
    {
        var (encoding, hasBom) = EncodingOf(path, configured);
        var strict = TextEncodings.Strict(encoding);
        var checkedStream = new EncodingCheckStream(raw, strict,
            offset => new FileLevelException(file, InvalidBytesMessage(path, encoding, offset, configured is not null)));
        // The CSV reader honours byte order marks itself and reads UTF-8 natively; only a legacy code page needs converting.
        return hasBom || encoding.CodePage == Encoding.UTF8.CodePage
            ? checkedStream
            : new LegacyTextStream(checkedStream, strict);
    }

    private static (Encoding Encoding, bool HasBom) EncodingOf(string path, Encoding? configured)
    {
        Span<byte> start = stackalloc byte[4];
        int n;
        using (var peek = File.OpenRead(path)) n = peek.ReadAtLeast(start, 4, throwOnEndOfStream: false);
        var head = start[..n];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Encoding.UTF8, true);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return (Encoding.UTF32, true);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode, true);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode, true);
        return (configured ?? Encoding.UTF8, false);
    }

    private static string InvalidBytesMessage(string path, Encoding encoding, long offset, bool configured) =>
        $"line {LineAt(path, encoding, offset)}: bytes that are not valid {encoding.WebName} (at byte {offset}). " +
        (configured
            ? "Check that --encoding names the code page the file was saved in."
            : "Save the file as UTF-8, or name its code page with --encoding (for example --encoding windows-1252).");

    /// <summary>The 1-based line holding byte <paramref name="offset"/>: one more than the line breaks decoded before it.</summary>
    private static long LineAt(string path, Encoding encoding, long offset)
    {
        using var file = File.OpenRead(path);
        var decoder = encoding.GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[encoding.GetMaxCharCount(bytes.Length)];
        long line = 1, left = offset;
        try
        {
            while (left > 0 && file.Read(bytes, 0, (int)Math.Min(bytes.Length, left)) is var n and > 0)
            {
                var decoded = decoder.GetChars(bytes, 0, n, chars, 0, flush: false);
                line += chars.AsSpan(0, decoded).Count('\n');
                left -= n;
            }
        }
        catch (DecoderFallbackException)
        {
            // Only the bytes before the invalid one are decoded; a strict decoder may still object to a sequence cut at the end.
        }
        return line;
    }
}
