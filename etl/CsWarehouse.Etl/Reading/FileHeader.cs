using CsvHelper;
using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Reading;

/// <summary>Where each field of an export sits in one file, and which of the file's columns nobody reads.</summary>
public sealed record FileHeader(int[] ColumnOfField, IReadOnlyList<string> IgnoredColumns)
{
    /// <summary>Matches the header case-insensitively, ignoring surrounding spaces; fails on a missing required column.</summary>
    public static FileHeader Match(Export export, IReadOnlyList<string> headers, string file)
    {
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i].Trim();
            if (name.Length == 0) continue;
            if (!positions.TryAdd(name, i))
                throw new FileLevelException(file, $"column '{name}' appears twice in the header.");
        }
        var columnOfField = export.Fields.Select(f => positions.GetValueOrDefault(f.Name, -1)).ToArray();
        var missing = export.Fields.Where(f => f.Required && columnOfField[f.Ordinal] < 0).Select(f => f.Name).ToList();
        if (missing.Count > 0)
            throw new FileLevelException(file,
                $"required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} missing from the header " +
                $"(found: {string.Join(", ", headers.Select(h => h.Trim()))}).");
        var known = export.Fields.Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ignored = positions.Keys.Where(h => !known.Contains(h)).ToList();
        return new FileHeader(columnOfField, ignored);
    }

    /// <summary>Reads just the header of <paramref name="path"/> and matches it.</summary>
    public static FileHeader Inspect(Export export, string path)
    {
        try
        {
            using var source = new CsvRecordSource(File.OpenRead(path), _ => { });
            source.ReadHeader();
            if (source.Headers.Count == 0) throw new FileLevelException(export.FileName, "the file is empty (no header row).");
            return Match(export, source.Headers, export.FileName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvFormatException)
        {
            throw new FileLevelException(export.FileName, $"cannot be read: {e.Message}");
        }
    }
}
