namespace CsWarehouse.Generator.Time;

/// <summary>Converts between day numbers (days since 1970-01-01) and calendar dates without allocating.</summary>
internal static class CivilDate
{
    public const int SecondsPerDay = 86_400;

    // Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
    public static int DaysFrom(int year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        int era = (year >= 0 ? year : year - 399) / 400;
        int yearOfEra = year - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    public static int DaysFrom(DateOnly date) => DaysFrom(date.Year, date.Month, date.Day);

    public static (int Year, int Month, int Day) FromDays(int days)
    {
        int z = days + 719_468;
        int era = (z >= 0 ? z : z - 146_096) / 146_097;
        int dayOfEra = z - era * 146_097;
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int mp = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * mp + 2) / 5 + 1;
        int month = mp + (mp < 10 ? 3 : -9);
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
    }

    /// <summary>0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).</summary>
    public static int Weekday(int days) => (int)(((long)days % 7 + 7 + 3) % 7);

    public static int DayOf(long seconds) => (int)Math.Floor(seconds / (double)SecondsPerDay);

    public static int SecondOfDay(long seconds) => (int)(seconds - (long)DayOf(seconds) * SecondsPerDay);

    public static int HourOf(long seconds) => SecondOfDay(seconds) / 3600;

    public static int DaysInMonth(int year, int month) => DateTime.DaysInMonth(year, month);
}
