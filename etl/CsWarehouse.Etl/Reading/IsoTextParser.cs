namespace CsWarehouse.Etl.Reading;

/// <summary>
/// Reads the ISO 8601 shapes exports almost always use (<c>2026-03-01</c>, <c>2026-03-01T09:15:00+07:00</c>) by hand:
/// far cheaper than the exact-format parsers. It only says yes to text it has checked completely; anything else
/// (other shapes, out-of-range parts) it declines, and <see cref="ValueParser"/> falls back to the exact formats,
/// which also word the error.
/// </summary>
public static class IsoTextParser
{
    private static readonly long MaxOffsetTicks = TimeSpan.FromHours(14).Ticks;

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || !TryDate(text, out var year, out var month, out var day)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// <c>yyyy-MM-dd[T| ]HH:mm[:ss[.f…]]</c> optionally followed by <c>Z</c> or <c>±hh:mm</c>. The wall-clock time comes
    /// back with kind Unspecified; <paramref name="offset"/> is null when the text has none.
    /// </summary>
    public static bool TryParseTimestamp(ReadOnlySpan<char> text, out DateTime wallClock, out TimeSpan? offset)
    {
        wallClock = default;
        offset = null;
        if (text.Length < 16 || !TryDate(text, out var year, out var month, out var day)) return false;
        if (text[10] is not ('T' or ' ') || text[13] != ':') return false;
        if (!TwoDigits(text, 11, out var hour) || !TwoDigits(text, 14, out var minute) || hour > 23 || minute > 59) return false;

        var at = 16;
        var second = 0;
        long fraction = 0;
        if (at < text.Length && text[at] == ':')
        {
            if (!TwoDigits(text, at + 1, out second) || second > 59) return false;
            at += 3;
            if (at < text.Length && text[at] == '.')
            {
                var digits = 0;
                for (at++; at < text.Length && char.IsAsciiDigit(text[at]); at++, digits++)
                    if (digits < 7) fraction = fraction * 10 + (text[at] - '0');
                if (digits is 0 or > 7) return false;
                for (; digits < 7; digits++) fraction *= 10;
            }
        }

        if (at < text.Length)
        {
            var rest = text[at..];
            if (rest is "Z" or "z") offset = TimeSpan.Zero;
            else if (rest.Length == 6 && rest[0] is ('+' or '-') && rest[3] == ':'
                     && TwoDigits(rest, 1, out var offsetHours) && TwoDigits(rest, 4, out var offsetMinutes) && offsetMinutes < 60)
            {
                var ticks = new TimeSpan(offsetHours, offsetMinutes, 0).Ticks;
                if (ticks > MaxOffsetTicks) return false;
                offset = new TimeSpan(rest[0] == '-' ? -ticks : ticks);
            }
            else return false;
        }

        wallClock = new DateTime(year, month, day, hour, minute, second).AddTicks(fraction);
        return true;
    }

    private static bool TryDate(ReadOnlySpan<char> text, out int year, out int month, out int day)
    {
        month = day = 0;
        year = 0;
        for (var i = 0; i < 4; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return false;
            year = year * 10 + (text[i] - '0');
        }
        return text[4] == '-' && text[7] == '-'
            && TwoDigits(text, 5, out month) && TwoDigits(text, 8, out day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, int at, out int value)
    {
        value = 0;
        if (at + 1 >= text.Length || !char.IsAsciiDigit(text[at]) || !char.IsAsciiDigit(text[at + 1])) return false;
        value = (text[at] - '0') * 10 + (text[at + 1] - '0');
        return true;
    }
}
