using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Profiles;

/// <summary>The Asterisk, Freshdesk, Talkdesk and Typeform built-ins load their fixtures, the same on every engine.</summary>
public abstract class MoreVendorProfileBehaviour
{
    protected abstract EngineKind Engine { get; }

    private const string CallsQuery = """
        select c.call_id, c.direction, a.agent_id, cu.customer_id, c.started_at, c.answered_at, c.ended_at, c.talk_seconds, c.hold_seconds, c.after_call_work_seconds
        from dw.fact_call c
        left join dw.dim_agent a on a.agent_key = c.agent_key
        left join dw.dim_customer cu on cu.customer_key = c.customer_key
        order by c.started_at
        """;

    private static TestWarehouse Loaded(EngineKind engine, string file, string text, LoadSettings? settings = null)
    {
        var warehouse = TestWarehouse.Create(engine);
        using var folder = new ExportFolder().With(file, text);
        var outcome = warehouse.Load(folder.Path, settings);
        Assert.True(outcome.Succeeded && outcome.RowsRejected == 0, outcome.Message ?? string.Join("\n", outcome.Rejections));
        return warehouse;
    }

    [SkippableFact]
    public void An_asterisk_master_csv_without_header_loads_with_direction_agent_from_the_channel_and_a_derived_key()
    {
        using var warehouse = Loaded(Engine, "Master.csv", MoreVendorFixtures.AsteriskMaster);

        var lines = VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target, CallsQuery));
        Assert.Equal(
        [
            "1772442000.1|inbound|101|0901234567|2026-03-02 09:00:00|2026-03-02 09:00:12|2026-03-02 09:05:12|300|∅|∅",
            "1772469000.3|inbound|102|0907654321|2026-03-02 23:30:00|2026-03-02 23:30:20|2026-03-03 00:45:20|4500|∅|∅",
            "1772506800.5|inbound|∅|0911111111|2026-03-03 10:00:00|∅|2026-03-03 10:00:40|∅|∅|∅",
        ], lines.Take(3));
        var derived = lines[3].Split('|');
        Assert.Matches("^[0-9a-f]{20}$", derived[0]);
        Assert.Equal("outbound|101|0988888888|2026-03-03 11:00:00|2026-03-03 11:00:05|2026-03-03 11:02:05|120|∅|∅", string.Join("|", derived[1..]));

        // The derived key is the same in the next export: loading the file again adds no call.
        using var again = new ExportFolder().With("Master.csv", MoreVendorFixtures.AsteriskMaster);
        Assert.True(warehouse.Load(again.Path).Succeeded);
        Assert.Equal(4L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_call"));
    }

    [SkippableFact]
    public void A_freshdesk_export_reads_first_response_hours_in_either_form_and_falls_back_to_closed_time()
    {
        using var warehouse = Loaded(Engine, "freshdesk-tickets.csv", MoreVendorFixtures.Freshdesk());

        Assert.Equal(
        [
            "501|email|solved|normal|Question|Lê Văn Tám|9001|2026-03-02 09:00:00|2026-03-02 10:30:00|2026-03-02 12:00:00|1|2|3",
            "502|phone|closed|high|∅|Anna Berg|9002|2026-03-02 23:15:00|2026-03-03 00:35:00|2026-03-03 01:45:00|2|3|5",
            "503|web|pending|low|∅|∅|Guest User|2026-03-03 08:00:00|∅|∅|∅|0|0",
        ], VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target, """
            select t.ticket_id, c.channel_code, t.status, t.priority, tp.topic_name, a.agent_id, cu.customer_id, t.created_at,
                   t.first_response_at, t.resolved_at, t.contacts, t.agent_replies, t.messages
            from dw.fact_ticket t
            join dw.dim_channel c on c.channel_key = t.channel_key
            left join dw.dim_topic tp on tp.topic_key = t.topic_key
            left join dw.dim_agent a on a.agent_key = t.agent_key
            left join dw.dim_customer cu on cu.customer_key = t.customer_key
            order by t.ticket_id
            """)));
        Assert.Equal(["Anna Berg|Tier 2", "Lê Văn Tám|Billing"], VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target,
            "select agent_id, team from dw.dim_agent order by agent_id")));
    }

    [SkippableFact]
    public void A_talkdesk_contacts_report_reads_durations_as_seconds_or_clock_time()
    {
        using var warehouse = Loaded(Engine, "contacts_report.csv", MoreVendorFixtures.Talkdesk());

        Assert.Equal(
        [
            "td-1|inbound|u-77|+84901234567|2026-03-02 09:00:00|2026-03-02 09:00:25|2026-03-02 09:10:25|540|60|30",
            "td-2|inbound|u-78|+84907654321|2026-03-02 23:55:00|2026-03-02 23:56:00|2026-03-03 01:10:00|4320|120|0",
            "td-3|inbound|∅|+84911111111|2026-03-03 10:00:00|∅|2026-03-03 10:01:00|0|∅|∅",
            "td-4|outbound|u-77|+84988888888|2026-03-03 11:00:00|2026-03-03 11:00:15|2026-03-03 11:04:15|240|∅|∅",
        ], VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target, CallsQuery)));
        Assert.Equal(["u-77|Trương Mỹ Lan|VN Support", "u-78|Sam Lee|Tier 2"], VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target,
            "select agent_id, agent_name, team from dw.dim_agent order by agent_id")));
    }

    [SkippableFact]
    public void Typeform_nps_answers_load_in_utc_whatever_the_source_zone_and_partial_responses_are_left_out()
    {
        var saigon = new LoadSettings { SourceTimeZone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--source-tz") };
        using var warehouse = Loaded(Engine, "responses.csv", MoreVendorFixtures.Typeform(), saigon);

        Assert.Equal(["abc123|nps|10|1|0|2026-03-02 09:00:00", "def456|nps|6|0|1|2026-03-02 23:59:30", "jkl012|nps|8|0|0|2026-03-03 00:00:10"],
            VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target,
                "select response_id, survey_type, score, is_promoter, is_detractor, responded_at from dw.fact_survey_response order by response_id")));
    }
}

public sealed class DuckDbMoreVendorProfileBehaviour : MoreVendorProfileBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresMoreVendorProfileBehaviour : MoreVendorProfileBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
