using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Profiles;

/// <summary>A Zendesk ticket export loads through the built-in profile, the same on every engine.</summary>
public abstract class ZendeskProfileBehaviour
{
    protected abstract EngineKind Engine { get; }

    private static LoadSettings SaigonTime => new()
    {
        SourceTimeZone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--source-tz"),
        ReportingTimeZone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--reporting-tz"),
        MaxRejectRate = 0.5,
    };

    [SkippableFact]
    public void A_zendesk_export_under_any_name_loads_tickets_agents_customers_and_csat()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("tickets_2026-03.csv", ZendeskFixture.Csv());

        var outcome = warehouse.Load(folder.Path, SaigonTime);

        Assert.True(outcome.Succeeded, outcome.Message);
        // Times are Saigon wall clock (UTC+7); first replies are creation plus the minutes Zendesk counted.
        Assert.Equal(
        [
            "1001|email|solved|Question|normal|Nguyễn Thị Hương|501|2026-03-02 02:00:00|2026-03-02 03:35:00|2026-03-02 04:30:00|5700|9000|0|2|20260302",
            "1002|web|pending|Incident|high|Bob Stone|502|2026-03-02 16:50:00|2026-03-02 17:10:00|∅|1200|∅|1|1|20260302",
            "1003|chat|new|∅|low|∅|501|2026-03-03 01:00:00|∅|∅|∅|∅|0|0|20260303",
            "1004|social|closed|Problem|urgent|Nguyễn Thị Hương|503|2026-03-01 00:00:00|2026-03-01 00:05:00|2026-03-01 00:45:00|300|2700|0|1|20260301",
        ], VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target, """
            select t.ticket_id, c.channel_code, t.status, tp.topic_name, t.priority, a.agent_id, cu.customer_id,
                   t.created_at, t.first_response_at, t.resolved_at, t.first_response_seconds, t.resolution_seconds,
                   t.reopens, t.agent_replies, t.created_date_key
            from dw.fact_ticket t
            join dw.dim_channel c on c.channel_key = t.channel_key
            left join dw.dim_topic tp on tp.topic_key = t.topic_key
            left join dw.dim_agent a on a.agent_key = t.agent_key
            left join dw.dim_customer cu on cu.customer_key = t.customer_key
            order by t.ticket_id
            """)));
        Assert.Equal(["Bob Stone|Bob Stone|Tier 2|0", "Nguyễn Thị Hương|Nguyễn Thị Hương|Tier 1|0"], VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target,
            "select agent_id, agent_name, team, is_inferred from dw.dim_agent order by agent_id")));
        Assert.Equal(["501|Trần Minh Khoa", "502|Alice Martin", "503|Bob Customer"], VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target,
            "select customer_id, customer_name from dw.dim_customer order by customer_id")));
        // Good = 5 and Bad = 1, dated by "Updated at"; Offered and Not Offered are no response.
        Assert.Equal(["zd-csat-1001|csat|5|1|2026-03-02 05:00:00", "zd-csat-1004|csat|1|0|2026-03-01 01:00:00"], VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target,
            "select response_id, survey_type, score, is_satisfied, responded_at from dw.fact_survey_response order by response_id")));
    }

    [SkippableFact]
    public void A_row_the_profile_cannot_map_is_rejected_naming_the_vendor_file_line_and_column()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("export.csv", ZendeskFixture.Csv());

        var outcome = warehouse.Load(folder.Path, SaigonTime);

        var rejection = Assert.Single(outcome.Rejections);
        Assert.Equal(("export.csv", 6L, "Created at → created_at", "31-02-2026 10:00"), (rejection.File, rejection.LineNumber, rejection.Column, rejection.Value));
        Assert.Contains("not a timestamp", rejection.Reason);
        var tickets = outcome.Files.Single(f => f.Entity == "tickets");
        Assert.Equal(("export.csv", "zendesk-tickets", 5L, 1L), (tickets.File, tickets.Profile, tickets.RowsRead, tickets.RowsRejected));
    }
}

public sealed class DuckDbZendeskProfileBehaviour : ZendeskProfileBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresZendeskProfileBehaviour : ZendeskProfileBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
