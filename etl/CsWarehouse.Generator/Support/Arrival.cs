using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Customers;
using CsWarehouse.Generator.Randomness;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Support;

/// <summary>When a new issue arrives and on which channel and topic; drawn from the weekday, hour and outage patterns.</summary>
internal readonly record struct Arrival(long Utc, int Channel, int Topic)
{
    public static readonly int CancellationTopic = Array.FindIndex(Topics.All, t => t.Label == "Cancellation request");

    /// <summary>An arrival in the month, never before the customer signed up; null when the month is before that.</summary>
    public static Arrival? Draw(Customer customer, MonthSlot month, ExportPeriod period, int? topic, Rng rng)
    {
        int day = -1;
        for (int i = 0; i < 4 && day < customer.SignupDay; i++) day = month.FirstDay + rng.Pick(month.DayCumulative);
        if (day < customer.SignupDay) return null;
        int channel = rng.Pick(customer.Country.ChannelCumulative);
        var hours = Channels.All[channel].HourCumulative;
        int second = rng.Pick(hours) * 3600 + rng.Next(3600);
        // The phone line is closed on Sunday evenings: callers try in opening hours instead.
        for (int i = 0; i < 6 && Channels.All[channel].IsPhone && !SupportHours.IsOpen((long)day * CivilDate.SecondsPerDay + second); i++)
            second = rng.Pick(hours) * 3600 + rng.Next(3600);
        bool outage = day == month.IncidentDay && rng.Chance(1 - 1 / MonthSlot.IncidentBoost);
        int chosen = topic ?? (outage ? month.IncidentTopic : rng.Pick(Topics.Cumulative));
        return new Arrival(period.ToUtc(day, second), channel, chosen);
    }

    public static string Priority(Customer customer, Topic topic, Rng rng)
    {
        double u = rng.NextDouble() - (customer.Segment == "Enterprise" ? 0.1 : 0) - 0.05 * topic.Difficulty;
        return u < 0.04 ? "urgent" : u < 0.22 ? "high" : u < 0.8 ? "normal" : "low";
    }
}
