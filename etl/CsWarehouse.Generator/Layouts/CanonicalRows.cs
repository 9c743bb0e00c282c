using System.Globalization;
using CsWarehouse.Etl.Reading;
using CsWarehouse.Generator.Output;

namespace CsWarehouse.Generator.Layouts;

/// <summary>A canonical file of the generated folder read back as rows of named values, with timestamps as local wall clock.</summary>
internal sealed class CanonicalRows(string folder, TimeZoneInfo zone)
{
    public IEnumerable<Dictionary<string, string?>> Read(string file) => CsvRows.Read(Path.Combine(folder, file));

    /// <summary>The instant of a canonical timestamp (naive = the generator's zone).</summary>
    public DateTimeOffset? Instant(string? text)
    {
        if (text is null) return null;
        if (IsoTextParser.TryParseTimestamp(text, out var wall, out var offset))
            return offset is { } o ? new DateTimeOffset(wall, o) : new DateTimeOffset(wall, zone.GetUtcOffset(wall));
        throw new FormatException($"not a timestamp: {text}");
    }

    /// <summary>The wall clock in the generator's zone, as vendors without offsets write it.</summary>
    public DateTime? Local(string? text) => Instant(text) is { } at ? TimeZoneInfo.ConvertTime(at, zone).DateTime : null;

    public static string Clock(long seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}");
}
