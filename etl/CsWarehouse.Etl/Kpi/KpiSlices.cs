using System.Globalization;

namespace CsWarehouse.Etl.Kpi;

/// <summary>The slices of a report being computed, each with its components; months and days are listed even without data.</summary>
internal sealed class KpiSlices
{
    private readonly Dictionary<string, KpiComponents> _slices = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>A slice whose key is null (a ticket with no agent, no topic) is stored under this key.</summary>
    private const string NoKey = "";

    /// <summary>The key of the one slice of a whole-range report.</summary>
    public const string TotalKey = "all";

    public static KpiSlices Empty(KpiSlice by, int fromMonth, int toMonth)
    {
        var slices = new KpiSlices();
        if (by == KpiSlice.Total) slices.For(TotalKey);
        if (by is not (KpiSlice.Month or KpiSlice.Day)) return slices;
        for (var month = FirstDay(fromMonth); month <= FirstDay(toMonth); month = month.AddMonths(1))
        {
            if (by == KpiSlice.Month) slices.For(month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            else
                for (var day = month; day.Month == month.Month; day = day.AddDays(1))
                    slices.For(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        return slices;
    }

    /// <summary>The label of a slice key as a view returns it: 2026-03 for a month key, 2026-03-01 for a date key.</summary>
    public static string? Key(KpiSlice by, object? value) => value switch
    {
        null => null,
        _ when by == KpiSlice.Month => KpiCalculator.MonthLabel(Convert.ToInt32(value, CultureInfo.InvariantCulture)),
        _ when by == KpiSlice.Day => DateOnly.ParseExact(Convert.ToString(value, CultureInfo.InvariantCulture)!, "yyyyMMdd",
            CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public KpiComponents For(string? key)
    {
        key ??= NoKey;
        if (_slices.TryGetValue(key, out var components)) return components;
        _order.Add(key);
        return _slices[key] = new KpiComponents();
    }

    /// <summary>The components a slice takes from the whole report: its length in days, all channels' tickets, a topic's rank.</summary>
    public void AddDerived(KpiSlice by, int fromMonth, int toMonth)
    {
        var allDays = FirstDay(toMonth).AddMonths(1).DayNumber - FirstDay(fromMonth).DayNumber;
        var allTickets = _slices.Values.Sum(c => c.Sum("tickets_created"));
        foreach (var (key, components) in _slices)
        {
            components.Set(KpiFormulas.Days, by switch
            {
                KpiSlice.Day => 1,
                KpiSlice.Month => DateTime.DaysInMonth(int.Parse(key[..4], CultureInfo.InvariantCulture), int.Parse(key[5..], CultureInfo.InvariantCulture)),
                _ => allDays,
            });
            components.Set(KpiFormulas.AllChannelsTicketsCreated, allTickets);
            // Competition ranking (1, 1, 3): tickets without a topic are no driver and get no rank.
            if (by == KpiSlice.Topic && key != NoKey)
                components.Set(KpiFormulas.TopicRank, 1 + _slices.Count(o => o.Key != NoKey && o.Value.Sum("tickets_created") > components.Sum("tickets_created")));
        }
    }

    /// <summary>Months and days in calendar order; agents, channels and topics by name, the one without a key last.</summary>
    public IEnumerable<(string? Key, KpiComponents Components)> Ordered(KpiSlice by)
    {
        var keys = by is KpiSlice.Month or KpiSlice.Day ? _order : _order.Order(StringComparer.Ordinal).ToList();
        return keys.Where(k => k != NoKey).Concat(keys.Where(k => k == NoKey))
            .Select(k => (k == NoKey ? null : k, _slices[k]));
    }

    private static DateOnly FirstDay(int monthKey) => new(monthKey / 100, monthKey % 100, 1);
}
