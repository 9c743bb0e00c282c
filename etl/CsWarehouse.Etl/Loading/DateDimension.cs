using System.Globalization;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Loading;

/// <summary>Builds dw.dim_date rows: whole calendar years, so Power BI's date table has no gaps.</summary>
internal static class DateDimension
{
    public static IEnumerable<object?[]> Years(int firstYear, int lastYear)
    {
        for (var day = new DateOnly(firstYear, 1, 1); day.Year <= lastYear; day = day.AddDays(1))
        {
            var weekday = day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;
            var asDateTime = day.ToDateTime(TimeOnly.MinValue);
            yield return
            [
                LoadContext.DateKey(day), day, day.Year, (day.Month - 1) / 3 + 1, day.Month, LoadContext.MonthKey(day),
                day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                day.ToString("MMMM", CultureInfo.InvariantCulture), new DateOnly(day.Year, day.Month, 1), day.Day,
                weekday, day.DayOfWeek.ToString(), ISOWeek.GetYear(asDateTime), ISOWeek.GetWeekOfYear(asDateTime),
                weekday >= 6 ? 1 : 0,
            ];
        }
    }
}
