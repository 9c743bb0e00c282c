using System.Text;

namespace CsWarehouse.Etl.Configuration;

/// <summary>The legacy code pages an export may be written in, named as <c>--encoding</c> takes them.</summary>
public static class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Finds an encoding by name (<c>windows-1252</c>, <c>iso-8859-1</c>, <c>windows-1258</c>) or code page number
    /// (<c>1252</c>), set to fail on bytes it cannot decode rather than replace them.
    /// </summary>
    public static Encoding Find(string name, string option)
    {
        try
        {
            var encoding = int.TryParse(name, out var codePage) ? Encoding.GetEncoding(codePage) : Encoding.GetEncoding(name);
            return Strict(encoding);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new ConfigurationException(
                $"{option}: '{name}' is not a known encoding (for example utf-8, windows-1252, windows-1258, iso-8859-1, or a code page number such as 1252).");
        }
    }

    /// <summary>The same encoding, throwing on invalid input instead of substituting a replacement character.</summary>
    public static Encoding Strict(Encoding encoding) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
