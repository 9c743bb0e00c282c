namespace CsWarehouse.Generator.Time;

/// <summary>Writes ISO 8601 dates, months and timestamps straight into character spans (no format strings).</summary>
internal static class IsoTextWriter
{
    public const int DateLength = 10;
    public const int LocalTimeLength = 19;

    public static int Date(Span<char> dest, int days)
    {
        var (y, m, d) = CivilDate.FromDays(days);
        Digits(dest, y, 4);
        dest[4] = '-';
        Digits(dest[5..], m, 2);
        dest[7] = '-';
        Digits(dest[8..], d, 2);
        return DateLength;
    }

    public static int Month(Span<char> dest, int year, int month)
    {
        Digits(dest, year, 4);
        dest[4] = '-';
        Digits(dest[5..], month, 2);
        return 7;
    }

    /// <summary>Wall-clock time "yyyy-MM-ddTHH:mm:ss" of a seconds count in the clock's own frame.</summary>
    public static int WallClock(Span<char> dest, long seconds)
    {
        int day = CivilDate.DayOf(seconds);
        int s = (int)(seconds - (long)day * CivilDate.SecondsPerDay);
        Date(dest, day);
        dest[10] = 'T';
        Digits(dest[11..], s / 3600, 2);
        dest[13] = ':';
        Digits(dest[14..], s / 60 % 60, 2);
        dest[16] = ':';
        Digits(dest[17..], s % 60, 2);
        return LocalTimeLength;
    }

    /// <summary>"+07:00" style suffix for an offset in seconds.</summary>
    public static int Offset(Span<char> dest, int offsetSeconds)
    {
        dest[0] = offsetSeconds < 0 ? '-' : '+';
        int minutes = Math.Abs(offsetSeconds) / 60;
        Digits(dest[1..], minutes / 60, 2);
        dest[3] = ':';
        Digits(dest[4..], minutes % 60, 2);
        return 6;
    }

    private static void Digits(Span<char> dest, int value, int width)
    {
        for (int i = width - 1; i >= 0; i--)
        {
            dest[i] = (char)('0' + value % 10);
            value /= 10;
        }
    }
}
