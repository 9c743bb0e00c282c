using System.Buffers;

namespace CsWarehouse.Etl.Publishing;

/// <summary>One CSV field as RFC 4180 writes it: quoted only when it holds a comma, a quote or a line break, its quotes doubled.</summary>
public static class CsvField
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    public static bool NeedsQuoting(ReadOnlySpan<char> field) => field.IndexOfAny(NeedsQuotes) >= 0;

    /// <summary>Writes <paramref name="field"/> to <paramref name="output"/>, quoted if it must be, without building a string.</summary>
    public static void Write(TextWriter output, ReadOnlySpan<char> field)
    {
        if (!NeedsQuoting(field))
        {
            output.Write(field);
            return;
        }
        output.Write('"');
        int quote;
        while ((quote = field.IndexOf('"')) >= 0)
        {
            output.Write(field[..(quote + 1)]);
            output.Write('"');
            field = field[(quote + 1)..];
        }
        output.Write(field);
        output.Write('"');
    }
}
