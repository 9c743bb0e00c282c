using CsWarehouse.Etl.Publishing;

namespace CsWarehouse.Generator.Output;

/// <summary>One record written at once, for the files rewritten after generation (layouts, snapshot series).</summary>
internal static class CsvLine
{
    /// <summary>Writes the fields separated by commas, quoted where RFC 4180 requires, and ends the line with LF.</summary>
    public static void Write(TextWriter writer, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) writer.Write(',');
            CsvField.Write(writer, field);
            first = false;
        }
        writer.Write('\n');
    }
}
