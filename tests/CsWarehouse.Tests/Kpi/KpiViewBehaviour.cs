using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;
using static CsWarehouse.Tests.Kpi.KpiDataset;

namespace CsWarehouse.Tests.Kpi;

/// <summary>
/// The views Power BI reads beside the ones <c>cswh kpi</c> uses (weekday, topic, channel, scorecard, data health),
/// read directly and compared with values recomputed from the raw rows of <see cref="KpiDataset"/>.
/// </summary>
public abstract class KpiViewBehaviour(KpiWarehouses warehouses)
{
    protected abstract EngineKind Engine { get; }

    private KpiWarehouse Warehouse => warehouses.For(Engine);

    private List<IDictionary<string, object?>> Query(string sql) => WarehouseSnapshot.Query(Warehouse.Warehouse.Target, sql);

    private static KpiScope Month(int monthKey, string by = "month", string? key = null)
    {
        var first = new DateOnly(monthKey / 100, monthKey % 100, 1);
        return new KpiScope(first, first.AddMonths(1).AddDays(-1), by, key);
    }

    [SkippableFact]
    public void Created_and_resolved_counts_sit_on_their_own_days()
    {
        var created = Query("select date_key, tickets_created, resolved_contact_1 from kpi.tickets_created_daily where date_key = 20260120").Single();
        var resolved = Query("select date_key, tickets_resolved, resolved_first_contact from kpi.tickets_resolved_daily where date_key in (20260120, 20260203)");

        Assert.Equal((1L, 1L), (Convert.ToInt64(created["tickets_created"]), Convert.ToInt64(created["resolved_contact_1"])));
        var t03 = Assert.Single(resolved);
        Assert.Equal((20260203L, 1L, 0L), (Convert.ToInt64(t03["date_key"]), Convert.ToInt64(t03["tickets_resolved"]), Convert.ToInt64(t03["resolved_first_contact"])));
    }

    [SkippableFact]
    public void Topic_drivers_rank_each_months_topics_by_tickets_created()
    {
        var rows = Query("select v.month_key, t.topic_name, v.tickets_by_topic, v.topic_rank from kpi.topic_drivers_monthly v join kpi.topic t on t.topic_key = v.topic_key");

        Assert.Equal(Tickets.Where(t => t.Topic is not null).Select(t => (t.CreatedAt.Year * 100 + t.CreatedAt.Month, t.Topic)).Distinct().Count(), rows.Count);
        foreach (var row in rows)
        {
            var scope = Month(Convert.ToInt32(row["month_key"]), "topic", (string)row["topic_name"]!);
            Assert.Equal(KpiExpected.Value("tickets_by_topic", scope), Convert.ToDecimal(row["tickets_by_topic"]));
            Assert.Equal(KpiExpected.Value("topic_rank", scope), Convert.ToDecimal(row["topic_rank"]));
        }
    }

    [SkippableFact]
    public void Channel_mix_gives_each_channel_its_tickets_and_the_months_tickets_in_all_channels()
    {
        var rows = Query("select v.month_key, c.channel_code, v.tickets_created, v.tickets_created_all_channels from kpi.channel_mix_monthly v join kpi.channel c on c.channel_key = v.channel_key");

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var month = Convert.ToInt32(row["month_key"]);
            Assert.Equal(KpiExpected.Value("tickets_created", Month(month, "channel", (string)row["channel_code"]!)), Convert.ToDecimal(row["tickets_created"]));
            Assert.Equal(KpiExpected.Value("tickets_created", Month(month)), Convert.ToDecimal(row["tickets_created_all_channels"]));
        }
    }

    [SkippableFact]
    public void Response_time_by_weekday_sums_first_responses_by_the_weekday_tickets_were_created()
    {
        var rows = Query("select weekday_name, cast(sum(first_responses) as bigint) as first_responses, cast(sum(first_response_seconds) as bigint) as seconds from kpi.response_time_weekday group by weekday_name");

        var expected = Tickets.GroupBy(t => t.CreatedAt.DayOfWeek.ToString()).ToDictionary(g => g.Key, g => (
            Count: (decimal)g.Count(t => t.FirstResponseAt is not null),
            Seconds: (decimal)g.Sum(t => t.FirstResponseAt is { } at ? (at - t.CreatedAt).TotalSeconds : 0)));
        Assert.Equal(expected.Keys.Order(), rows.Select(r => (string)r["weekday_name"]!).Order());
        foreach (var row in rows)
            Assert.Equal(expected[(string)row["weekday_name"]!], (Convert.ToDecimal(row["first_responses"]), Convert.ToDecimal(row["seconds"])));
    }

    [SkippableFact]
    public void Agent_scorecard_puts_each_agents_month_side_by_side_from_every_fact()
    {
        var rows = Query("select v.*, a.agent_id from kpi.agent_scorecard_monthly v join kpi.agent a on a.agent_key = v.agent_key");

        Assert.Equal(["A1-202601", "A1-202602", "A1-202603", "A2-202601", "A2-202602", "A2-202603", "A3-202601", "A3-202603"],
            rows.Select(r => $"{r["agent_id"]}-{r["month_key"]}").Order());
        foreach (var row in rows)
        {
            var scope = Month(Convert.ToInt32(row["month_key"]), "agent", (string)row["agent_id"]!);
            var feedback = Surveys.Where(s => s.Agent == scope.Key && s.Type is "csat" or "rating" && scope.Covers(s.RespondedAt)).ToList();
            Assert.Equal(
                (KpiExpected.Value("tickets_resolved", scope), KpiExpected.Value("resolved_first_contact", scope), KpiExpected.Value("calls_answered", scope),
                 KpiExpected.WorkingSeconds(scope), (decimal)feedback.Count, feedback.Sum(s => s.Score)),
                (Convert.ToDecimal(row["tickets_resolved"]), Convert.ToDecimal(row["resolved_first_contact"]), Convert.ToDecimal(row["calls_answered"]),
                 Convert.ToDecimal(row["working_seconds"]), Convert.ToDecimal(row["feedback_responses"]), Convert.ToDecimal(row["feedback_score"])));
        }
    }

    [SkippableFact]
    public void Data_health_lists_each_file_of_the_latest_run_with_its_rows_and_the_unfilled_inferred_members()
    {
        var rows = Query("select * from kpi.data_health");

        var files = rows.ToDictionary(r => (string)r["file_name"]!, r => Convert.ToInt64(r["rows_loaded"]));
        Assert.Equal(Tickets.Length, files["tickets.csv"]);
        Assert.Equal(Calls.Length, files["calls.csv"]);
        Assert.Equal(Surveys.Length, files["surveys.csv"]);
        Assert.All(rows, r => Assert.Equal(("succeeded", 0L, 0L), ((string)r["run_status"]!, Convert.ToInt64(r["rows_rejected"]), Convert.ToInt64(r["inferred_agents"]))));
        Assert.All(rows, r => Assert.Equal(r["run_finished_at"], r["last_success_at"]));
    }
}

[Collection(KpiCollection.Name)]
public sealed class DuckDbKpiViewBehaviour(KpiWarehouses warehouses) : KpiViewBehaviour(warehouses)
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

[Collection(KpiCollection.Name)]
public sealed class PostgresKpiViewBehaviour(KpiWarehouses warehouses) : KpiViewBehaviour(warehouses)
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
