using System.Globalization;

namespace CsWarehouse.Etl.Configuration;

/// <summary>
/// The calendar years a date or timestamp of an export may fall in (both ends included). A value outside is a typo
/// or a placeholder such as 0001-01-01 or 9999-12-31, and would grow the date dimension by centuries.
/// </summary>
public sealed record YearWindow(int First, int Last)
{
    public static YearWindow Default { get; } = new(1970, 2100);

    public bool Contains(int year) => year >= First && year <= Last;

    public override string ToString() => $"{First}-{Last}";

    /// <summary>Reads <c>FIRST-LAST</c>, such as <c>1990-2060</c>.</summary>
    public static YearWindow Parse(string text, string option)
    {
        var parts = text.Split('-');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            && first >= 1900 && last <= 9000 && first <= last)
            return new YearWindow(first, last);
        throw new ConfigurationException($"{option} must be two years FIRST-LAST between 1900 and 9000, such as 1970-2100, not '{text}'.");
    }
}
