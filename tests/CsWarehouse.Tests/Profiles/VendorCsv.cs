using System.Globalization;

namespace CsWarehouse.Tests.Profiles;

/// <summary>A vendor file's text: its exact header, and rows that name only the columns they fill (the rest stay empty).</summary>
public static class VendorCsv
{
    public static string Build(string header, params Dictionary<string, string>[] rows)
    {
        var columns = header.Split(", ");
        foreach (var row in rows)
            foreach (var key in row.Keys)
                if (!columns.Contains(key)) throw new ArgumentException($"'{key}' is not a column of the header");
        var lines = new List<string> { string.Join(",", columns.Select(Quote)) };
        lines.AddRange(rows.Select(row => string.Join(",", columns.Select(c => Quote(row.GetValueOrDefault(c, ""))))));
        return string.Join("\n", lines) + "\n";
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    /// <summary>Query rows as "a|b|c" lines: timestamps as yyyy-MM-dd HH:mm:ss (UTC), numbers invariant, null as ∅.</summary>
    public static List<string> Lines(IEnumerable<IDictionary<string, object?>> rows) =>
        rows.Select(r => string.Join("|", r.Values.Select(Text))).ToList();

    private static string Text(object? value) => value switch
    {
        null or DBNull => "∅",
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
