namespace CsWarehouse.Generator.Time;

/// <summary>When people contact support: weekday, month-of-year season, and how hard each hour hits the phone queue.</summary>
internal static class DemandPattern
{
    // Monday is busiest (the weekend's backlog), the weekend quiet.
    private static readonly double[] Weekday = [1.25, 1.15, 1.05, 1.0, 0.95, 0.55, 0.4];

    // Rush before Tết in January, the Tết holiday dip in February, the 11.11 / year-end sales in Nov-Dec.
    private static readonly double[] MonthOfYear = [1.10, 0.85, 1.0, 0.95, 1.0, 1.05, 0.95, 0.95, 1.0, 1.05, 1.2, 1.15];

    // Mean seconds a caller waits, by local hour: the 10 o'clock peak, the lunch break (fewer agents),
    // and the thin evening shift are long; the first and late-afternoon hours are short.
    private static readonly double[] WaitByHour =
        [60, 60, 60, 60, 60, 60, 60, 60, 12, 38, 70, 55, 85, 30, 35, 28, 18, 14, 32, 65, 50, 60, 60, 60];

    // How loaded agents are, stretching reply times the same way.
    private static readonly double[] LoadByHour =
        [1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.2, 0.8, 1.1, 1.3, 1.2, 1.4, 1.0, 1.0, 0.95, 0.85, 0.8, 1.0, 1.2, 1.1, 1.2, 1.3, 1.3];

    public static double WeekdayWeight(int day) => Weekday[CivilDate.Weekday(day)];

    public static double Season(int month) => MonthOfYear[month - 1];

    public static double MeanWaitSeconds(long local, double season)
    {
        int weekday = CivilDate.Weekday(CivilDate.DayOf(local));
        double dayFactor = weekday == 0 ? 1.3 : weekday == 6 ? 1.2 : weekday == 5 ? 0.8 : 1.0;
        return WaitByHour[CivilDate.HourOf(local)] * dayFactor * season * season * season;
    }

    public static double ReplyLoad(long local) => LoadByHour[CivilDate.HourOf(local)];
}
