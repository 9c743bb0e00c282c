using System.Globalization;
using System.Text.RegularExpressions;

namespace CsWarehouse.Tests.Generate;

/// <summary>Strict parsing of contract values, as a loader must do it.</summary>
public static partial class ContractValues
{
    public static readonly TimeZoneInfo SourceZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private static readonly string[] Booleans = ["true", "false", "yes", "no", "y", "n", "1", "0"];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex TimestampShape();

    public static bool Parses(ValueKind kind, string value) => kind switch
    {
        ValueKind.Timestamp => Instant(value) is not null,
        ValueKind.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        ValueKind.Month => DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        ValueKind.Integer => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        ValueKind.Decimal => Decimal(value) is not null,
        ValueKind.Boolean => Booleans.Contains(value.ToLowerInvariant()),
        _ => true,
    };

    /// <summary>The instant of a timestamp; a value without offset is local time in the source zone.</summary>
    public static DateTimeOffset? Instant(string value)
    {
        if (!TimestampShape().IsMatch(value)) return null;
        if (!DateTime.TryParseExact(value[..19], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall))
            return null;
        if (value.Length == 19) return new DateTimeOffset(wall, SourceZone.GetUtcOffset(wall));
        if (value[19] == 'Z') return new DateTimeOffset(wall, TimeSpan.Zero);
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact) ? exact : null;
    }

    public static decimal? Decimal(string value) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? d : null;

    public static long? Integer(string value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
}
