using System.Globalization;
using CsWarehouse.Etl.Contracts;
using CsWarehouse.Generator.Output;

namespace CsWarehouse.Generator.Subscriptions;

/// <summary>
/// Turns the generated periods into what a billing tool would have exported at each month end: every subscription
/// started by then, at the price of the period covering that day, or cancelled with its end date. Prices are written
/// in varied but equivalent forms (monthly, yearly, per seat, quarterly, minor units) and some subscriptions get a
/// trial ending on their first paid day, so a load exercises the MRR normalisation and gives back the same months.
/// </summary>
internal static class SnapshotSeries
{
    public static IReadOnlyList<SubscriptionPeriodRow> ReadPeriods(string path) =>
        CsvRows.Read(path).Select(p => new SubscriptionPeriodRow(p["subscription_id"]!, p["customer_id"]!, p["plan_id"]!,
            decimal.Parse(p["mrr"]!, CultureInfo.InvariantCulture), p["currency"] ?? Finance.FxRates.Reporting,
            Day(p["started_on"])!.Value, Day(p["ended_on"]))).ToList();

    /// <summary>The month ends from the first start to the last day of the period, each with its snapshot rows.</summary>
    public static IEnumerable<(DateOnly Day, List<SnapshotRow> Rows)> MonthEnds(IReadOnlyList<SubscriptionPeriodRow> periods, DateOnly lastDay)
    {
        var subscriptions = periods.GroupBy(p => p.SubscriptionId)
            .Select(g => g.OrderBy(p => p.StartedOn).ToList())
            .OrderBy(g => g[0].SubscriptionId, StringComparer.Ordinal)
            .ToList();
        if (subscriptions.Count == 0) yield break;
        var first = subscriptions.Min(s => s[0].StartedOn);
        for (var day = MonthEnd(first); day <= lastDay; day = MonthEnd(day.AddDays(1)))
            yield return (day, subscriptions.Select(s => On(s, day)).OfType<SnapshotRow>().ToList());
    }

    private static SnapshotRow? On(List<SubscriptionPeriodRow> periods, DateOnly day)
    {
        var first = periods[0];
        if (first.StartedOn > day) return null;
        var covering = periods.LastOrDefault(p => p.StartedOn <= day && (p.EndedOn is null || day < p.EndedOn));
        var shown = covering ?? periods[^1];
        var status = covering is null ? "canceled" : "active";
        // One subscription in five had a two-week trial ending on its first paid day.
        var trial = Variant(first.SubscriptionId, 5) == 0;
        return new SnapshotRow(first.SubscriptionId, first.CustomerId, shown.PlanId, status, shown.Currency,
            PriceOf(shown), trial ? first.StartedOn.AddDays(-14) : first.StartedOn, trial ? first.StartedOn : null,
            covering is null ? shown.EndedOn : null);
    }

    private static SnapshotPrice PriceOf(SubscriptionPeriodRow period)
    {
        var mrr = period.Mrr;
        return Variant(period.SubscriptionId, 5) switch
        {
            1 => new SnapshotPrice(mrr * 12, 1, "year", 1, false),
            2 when decimal.Remainder(mrr * 100, 3) == 0 => new SnapshotPrice(mrr / 3, 3, "month", 1, false),
            3 => new SnapshotPrice(mrr * 3, 1, "month", 3, false),
            4 => new SnapshotPrice(mrr * Minor(period.Currency), 1, "month", 1, true),
            _ => new SnapshotPrice(mrr, 1, "month", 1, false),
        };
    }

    private static decimal Minor(string currency) => CurrencyDecimals.Of(currency) switch
    {
        0 => 1m,
        3 => 1000m,
        _ => 100m,
    };

    // Stable across runs and platforms (string.GetHashCode is randomised per process).
    private static int Variant(string id, int count)
    {
        var hash = 17;
        foreach (var c in id) hash = unchecked(hash * 31 + c);
        return (int)((uint)hash % (uint)count);
    }

    private static DateOnly MonthEnd(DateOnly day) => new(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));

    private static DateOnly? Day(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
