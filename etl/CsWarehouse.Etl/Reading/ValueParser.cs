using System.Globalization;
using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Reading;

/// <summary>Turns one field's text into its typed value, or says in plain words why it cannot.</summary>
public sealed class ValueParser(TimeZoneInfo sourceTimeZone)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] NaiveFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm",
    ];

    private static readonly string[] OffsetFormats = NaiveFormats.Select(f => f + "zzz").ToArray();

    /// <summary>Parses <paramref name="text"/> (already known not to be empty) as <paramref name="field"/>'s type.</summary>
    public bool TryParse(Field field, string text, out object? value, out string? error)
    {
        error = null;
        value = field.Type switch
        {
            FieldType.Text => text,
            FieldType.Code => text.ToLowerInvariant(),
            FieldType.Instant => ParseInstant(text, ref error),
            FieldType.Date => ParseDate(text, ref error),
            FieldType.Month => ParseMonth(text, ref error),
            FieldType.Integer => ParseInteger(text, ref error),
            FieldType.Decimal => ParseDecimal(text, field.Scale, ref error),
            FieldType.Boolean => ParseBoolean(text, ref error),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
        return error is null;
    }

    /// <summary>Returns the instant as a UTC wall-clock DateTime (kind Unspecified, as the bulk paths want it).</summary>
    private object? ParseInstant(string text, ref string? error)
    {
        if (IsoTextParser.TryParseTimestamp(text, out var wallClock, out var offset))
        {
            if (offset is null) return FromSourceZone(wallClock, ref error);
            var utc = wallClock.Ticks - offset.Value.Ticks;
            if (utc >= DateTime.MinValue.Ticks && utc <= DateTime.MaxValue.Ticks) return new DateTime(utc, DateTimeKind.Unspecified);
        }
        if (HasOffset(text))
        {
            var normalized = text.EndsWith('Z') || text.EndsWith('z') ? text[..^1] + "+00:00" : text;
            if (DateTimeOffset.TryParseExact(normalized, OffsetFormats, Invariant, DateTimeStyles.None, out var exact))
                return DateTime.SpecifyKind(exact.UtcDateTime, DateTimeKind.Unspecified);
        }
        else if (DateTime.TryParseExact(text, NaiveFormats, Invariant, DateTimeStyles.None, out var local))
            return FromSourceZone(local, ref error);
        error = "is not an ISO 8601 timestamp (expected e.g. 2026-03-01T09:15:00+07:00 or 2026-03-01T09:15:00)";
        return null;
    }

    private object? FromSourceZone(DateTime local, ref string? error)
    {
        if (sourceTimeZone.IsInvalidTime(local))
        {
            error = $"does not exist in source time zone {sourceTimeZone.Id} (skipped by a daylight-saving change)";
            return null;
        }
        try
        {
            return DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeToUtc(local, sourceTimeZone), DateTimeKind.Unspecified);
        }
        catch (ArgumentException)
        {
            // Within hours of year 1 or 9999 the shift to UTC leaves the calendar DateTime can hold.
            error = "is outside the range of dates a timestamp can hold";
            return null;
        }
    }

    // An offset or Z can only follow the time part, which starts after the 10-character date.
    private static bool HasOffset(string text) =>
        text.Length > 16 && (text[^1] is 'Z' or 'z' || text.IndexOfAny(['+', '-'], 16) > 0);

    private static object? ParseDate(string text, ref string? error)
    {
        if (IsoTextParser.TryParseDate(text, out var date) || DateOnly.TryParseExact(text, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out date)) return date;
        error = "is not a date (expected YYYY-MM-DD)";
        return null;
    }

    private static object? ParseMonth(string text, ref string? error)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM", Invariant, DateTimeStyles.None, out var month)) return month;
        error = "is not a month (expected YYYY-MM)";
        return null;
    }

    private static object? ParseInteger(string text, ref string? error)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out var n)) return n;
        error = long.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out _)
            ? $"is too large for a whole-number column (from {int.MinValue} to {int.MaxValue})"
            : "is not a whole number";
        return null;
    }

    private static object? ParseDecimal(string text, int scale, ref string? error)
    {
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out var d))
            return Math.Round(d, scale, MidpointRounding.AwayFromZero);
        error = double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out _)
            ? "is too large for a decimal column"
            : "is not a decimal number (use '.' for decimals and no thousands separator)";
        return null;
    }

    private static object? ParseBoolean(string text, ref string? error)
    {
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "y" or "1": return 1;
            case "false" or "no" or "n" or "0": return 0;
            default:
                error = "is not a boolean (use true/false, yes/no, y/n or 1/0)";
                return null;
        }
    }
}
