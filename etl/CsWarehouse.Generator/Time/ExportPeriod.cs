using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Randomness;

namespace CsWarehouse.Generator.Time;

/// <summary>The generated period: its months, the history before it, and the instant the export was taken.</summary>
internal sealed class ExportPeriod
{
    /// <summary>Customers and plan history reach back this many months before the start.</summary>
    public const int HistoryMonths = 36;

    public ExportPeriod(DateOnly start, int months, ZoneClock clock, Rng rng)
    {
        Clock = clock;
        FirstDay = CivilDate.DaysFrom(start.Year, start.Month, 1);
        var history = start.AddMonths(-HistoryMonths);
        HistoryFirstDay = CivilDate.DaysFrom(history.Year, history.Month, 1);
        Months = new MonthSlot[months];
        int day = FirstDay;
        for (int i = 0; i < months; i++)
        {
            var (y, m, _) = CivilDate.FromDays(day);
            int days = CivilDate.DaysInMonth(y, m);
            // Roughly every other month an outage brings a burst of tickets on one topic.
            int incidentDay = rng.Chance(0.5) ? day + rng.Next(days) : -1;
            int incidentTopic = rng.Pick(Topics.IncidentTopics);
            var weights = new double[days];
            for (int d = 0; d < days; d++)
                weights[d] = DemandPattern.WeekdayWeight(day + d) * (day + d == incidentDay ? MonthSlot.IncidentBoost : 1.0);
            Months[i] = new MonthSlot(i, y, m, day, days, DemandPattern.Season(m), incidentDay, incidentTopic, Weights.Cumulative(weights));
            day += days;
        }
        EndDay = day;
        ExportUtc = clock.ToUtc((long)EndDay * CivilDate.SecondsPerDay);
    }

    public ZoneClock Clock { get; }

    public int FirstDay { get; }

    /// <summary>The first day after the range (exclusive end).</summary>
    public int EndDay { get; }

    public int HistoryFirstDay { get; }

    /// <summary>Nothing happens at or after this instant: later replies, calls and resolutions are not yet in the export.</summary>
    public long ExportUtc { get; }

    public MonthSlot[] Months { get; }

    public int MonthOf(int day)
    {
        for (int i = 0; i < Months.Length; i++) if (day < Months[i].EndDay) return i;
        return Months.Length - 1;
    }

    public long ToUtc(int day, int secondOfDay) => Clock.ToUtc((long)day * CivilDate.SecondsPerDay + secondOfDay);

    public long Local(long utc) => Clock.ToLocal(utc);
}
