namespace CsWarehouse.Generator.Time;

/// <summary>When the team works (local time): Monday-Saturday 08:00-21:00, Sunday 09:00-17:00.</summary>
internal static class SupportHours
{
    public static bool IsOpen(long local)
    {
        var (open, close) = Hours(CivilDate.DayOf(local));
        int hour = CivilDate.HourOf(local);
        return hour >= open && hour < close;
    }

    /// <summary>The same moment if the team is working, else the next opening.</summary>
    public static long NextOpen(long local)
    {
        int day = CivilDate.DayOf(local);
        for (int i = 0; i < 8; i++, day++)
        {
            var (open, close) = Hours(day);
            long opens = (long)day * CivilDate.SecondsPerDay + open * 3600L;
            long closes = (long)day * CivilDate.SecondsPerDay + close * 3600L;
            if (local < opens) return opens;
            if (local < closes) return local;
        }
        return local;
    }

    private static (int Open, int Close) Hours(int day) => CivilDate.Weekday(day) == 6 ? (9, 17) : (8, 21);
}
