namespace CsWarehouse.Tests.Generate;

[Collection(GeneratedExportsCollection.Name)]
public sealed class GeneratorCleanDataTests(GeneratedExports exports)
{
    private GeneratedFolder Clean => exports.Clean;

    [Fact]
    public void Clean_data_breaks_no_contract_rule()
    {
        var rules = Clean.Rules();
        foreach (var file in ContractHeaders.Files.Keys)
        {
            var (header, records) = Clean.Read(file);
            Assert.NotEmpty(records);
            foreach (var record in records)
                Assert.True(rules.Check(file, header, record.Fields) is [], $"{file} line {record.Line}");
        }
        Assert.Equal(0, Clean.Result.InjectedRejects);
    }

    [Fact]
    public void Ticket_timestamps_parse_and_responses_and_resolutions_never_precede_creation()
    {
        foreach (var t in Clean.Rows("tickets.csv"))
        {
            var created = ContractValues.Instant(t["created_at"])!.Value;
            if (t["first_response_at"] is { Length: > 0 } first) Assert.True(ContractValues.Instant(first) >= created);
            if (t["resolved_at"] is { Length: > 0 } resolved) Assert.True(ContractValues.Instant(resolved) >= created);
            Assert.Equal(t["resolved_at"].Length > 0, t["status"] is "solved" or "closed");
        }
    }

    [Fact]
    public void Ticket_messages_alternate_from_the_customer_and_match_the_ticket_counts()
    {
        var messages = Clean.Rows("ticket_messages.csv").GroupBy(m => m["ticket_id"]).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var t in Clean.Rows("tickets.csv"))
        {
            if (t["channel"] == "phone") { Assert.DoesNotContain(t["ticket_id"], messages.Keys); continue; }
            var thread = messages[t["ticket_id"]].OrderBy(m => ContractValues.Instant(m["sent_at"])).ToList();
            Assert.Equal(int.Parse(t["messages"]), thread.Count);
            Assert.Equal(int.Parse(t["agent_replies"]), thread.Count(m => m["author"] == "agent"));
            for (int i = 0; i < thread.Count; i++) Assert.Equal(i % 2 == 0 ? "customer" : "agent", thread[i]["author"]);
            Assert.Equal(ContractValues.Instant(t["created_at"]), ContractValues.Instant(thread[0]["sent_at"]));
            if (thread.Count > 1) Assert.Equal(ContractValues.Instant(t["first_response_at"]), ContractValues.Instant(thread[1]["sent_at"]));
        }
    }

    [Fact]
    public void Phone_tickets_link_to_one_answered_call_per_contact()
    {
        var calls = Clean.Rows("calls.csv").Where(c => c["ticket_id"].Length > 0 && c["answered_at"].Length > 0)
            .GroupBy(c => c["ticket_id"]).ToDictionary(g => g.Key, g => g.Count());
        foreach (var t in Clean.Rows("tickets.csv").Where(t => t["channel"] == "phone"))
            Assert.Equal(int.Parse(t["contacts"]), calls[t["ticket_id"]]);
    }

    [Fact]
    public void Surveys_cover_all_four_types_and_comments_in_four_scripts()
    {
        var surveys = Clean.Rows("surveys.csv");
        Assert.Equal(["ces", "csat", "nps", "rating"], surveys.Select(s => s["survey_type"]).Distinct().Order());
        Assert.Contains(surveys, s => s["survey_type"] == "ces" && s["scale_max"] == "5");
        string comments = string.Concat(surveys.Select(s => s["comment"]));
        Assert.Contains(comments, c => c is >= '\u0E00' and <= '\u0E7F'); // Thai
        Assert.Contains(comments, c => c is >= '\u0600' and <= '\u06FF'); // Persian
        Assert.Contains(comments, c => c is 'ệ' or 'ư' or 'ơ' or 'đ'); // Vietnamese
    }

    [Fact]
    public void Every_non_reporting_currency_has_a_rate_for_every_month_of_the_range()
    {
        var rates = Clean.Rows("fx_rates.csv").Select(r => (r["month"], r["currency"])).ToHashSet();
        var used = Clean.Rows("subscriptions.csv").Select(s => s["currency"])
            .Concat(Clean.Rows("support_costs.csv").Select(c => c["currency"]))
            .Where(c => c is not ("" or "USD")).Distinct().ToList();
        Assert.NotEmpty(used);
        foreach (var currency in used)
            foreach (var month in new[] { "2025-01", "2025-02", "2025-03" })
                Assert.Contains((month, currency), rates);
    }
}
