namespace CsWarehouse.Tests.Generate;

/// <summary>The generated data is correlated the way a real operation is, not uniform noise.</summary>
[Collection(GeneratedExportsCollection.Name)]
public sealed class GeneratorBehaviourTests(GeneratedExports exports)
{
    private GeneratedFolder Large => exports.Large;

    private static double Seconds(string from, string to) =>
        (ContractValues.Instant(to)!.Value - ContractValues.Instant(from)!.Value).TotalSeconds;

    [Fact]
    public void The_best_agent_resolves_on_first_contact_clearly_more_often_than_the_worst()
    {
        var rates = Large.Rows("tickets.csv").Where(t => t["resolved_at"].Length > 0)
            .GroupBy(t => t["agent_id"]).Where(g => g.Count() >= 60)
            .Select(g => g.Count(t => t["contacts"] == "1" && t["reopens"] == "0") / (double)g.Count())
            .Order().ToList();
        Assert.True(rates.Count >= 20);
        Assert.True(rates[^1] - rates[0] > 0.25, $"best {rates[^1]:F2}, worst {rates[0]:F2}");
    }

    [Fact]
    public void Calls_are_abandoned_more_in_the_hours_with_long_waits()
    {
        var byHour = Large.Rows("calls.csv").Where(c => c["direction"] != "outbound")
            .GroupBy(c => ContractValues.Instant(c["started_at"])!.Value.ToOffset(TimeSpan.FromHours(7)).Hour)
            .Where(g => g.Count() >= 100)
            .Select(g => (
                Wait: g.Where(c => c["answered_at"].Length > 0).Average(c => Seconds(c["started_at"], c["answered_at"])),
                Abandoned: g.Count(c => c["answered_at"].Length == 0) / (double)g.Count()))
            .OrderBy(h => h.Wait).ToList();
        int third = byHour.Count / 3;
        double shortWaits = byHour.Take(third).Average(h => h.Abandoned);
        double longWaits = byHour.TakeLast(third).Average(h => h.Abandoned);
        Assert.True(longWaits > 2 * shortWaits, $"long-wait hours {longWaits:P1}, short-wait hours {shortWaits:P1}");
    }

    [Fact]
    public void Satisfaction_falls_with_every_extra_contact()
    {
        var contacts = Large.Rows("tickets.csv").ToDictionary(t => t["ticket_id"], t => int.Parse(t["contacts"]));
        var csat = Large.Rows("surveys.csv").Where(s => s["survey_type"] == "csat" && s["ticket_id"].Length > 0)
            .GroupBy(s => Math.Min(3, contacts[s["ticket_id"]]))
            .ToDictionary(g => g.Key, g => g.Average(s => double.Parse(s["score"])));
        Assert.True(csat[1] > csat[2] + 0.3 && csat[2] > csat[3] + 0.3, string.Join(", ", csat));
    }

    [Fact]
    public void Customers_who_cancel_had_more_tickets_needing_three_or_more_contacts()
    {
        var cancelled = Large.Rows("subscriptions.csv").GroupBy(s => s["subscription_id"])
            .Select(g => g.MaxBy(s => s["started_on"])!)
            .Where(s => string.CompareOrdinal(s["ended_on"], "2025-01-01") >= 0)
            .Select(s => s["customer_id"]).ToHashSet();
        var hardShare = Large.Rows("tickets.csv").GroupBy(t => cancelled.Contains(t["customer_id"]))
            .ToDictionary(g => g.Key, g => g.Count(t => int.Parse(t["contacts"]) >= 3) / (double)g.Count());
        Assert.True(hardShare[true] > hardShare[false] * 1.2, $"cancelled {hardShare[true]:P1}, others {hardShare[false]:P1}");
    }

    [Fact]
    public void Volume_peaks_on_monday_mornings_and_recent_tickets_are_more_often_unresolved()
    {
        var tickets = Large.Rows("tickets.csv");
        var local = tickets.Select(t => ContractValues.Instant(t["created_at"])!.Value.ToOffset(TimeSpan.FromHours(7))).ToList();
        Assert.True(local.Count(d => d.DayOfWeek == DayOfWeek.Monday) > 2 * local.Count(d => d.DayOfWeek == DayOfWeek.Sunday));
        Assert.True(local.Count(d => d.Hour == 10) > 10 * local.Count(d => d.Hour == 3));
        double Unresolved(string month) =>
            tickets.Where(t => t["created_at"].StartsWith(month)).Average(t => t["resolved_at"].Length == 0 ? 1.0 : 0.0);
        Assert.True(Unresolved("2025-06") > 2 * Unresolved("2025-01"));
    }

    [Fact]
    public void Channels_differ_in_first_response_speed()
    {
        var median = Large.Rows("tickets.csv").Where(t => t["first_response_at"].Length > 0).GroupBy(t => t["channel"])
            .ToDictionary(g => g.Key, g => g.Select(t => Seconds(t["created_at"], t["first_response_at"])).Order().ElementAt(g.Count() / 2));
        Assert.Equal(6, median.Count);
        Assert.True(median["chat"] * 20 < median["email"], string.Join(", ", median));
        Assert.True(median["phone"] < median["chat"]);
    }
}
