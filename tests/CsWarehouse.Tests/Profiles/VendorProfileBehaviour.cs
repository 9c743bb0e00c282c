using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Loading;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Profiles;

/// <summary>Five9 calls, Zalo ratings and a folder mixing vendors with canonical files, the same on every engine.</summary>
public abstract class VendorProfileBehaviour
{
    protected abstract EngineKind Engine { get; }

    private static LoadSettings SaigonTime => new()
    {
        SourceTimeZone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--source-tz"),
        ReportingTimeZone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--reporting-tz"),
    };

    private const string CallsQuery = """
        select c.call_id, c.direction, a.agent_id, cu.customer_id, c.started_at, c.answered_at, c.ended_at,
               c.talk_seconds, c.hold_seconds, c.after_call_work_seconds, c.wait_seconds, c.is_answered, c.started_date_key
        from dw.fact_call c
        left join dw.dim_agent a on a.agent_key = c.agent_key
        left join dw.dim_customer cu on cu.customer_key = c.customer_key
        order by c.call_id
        """;

    private static readonly string[] Five9Calls =
    [
        // Saigon is UTC+7; answered = start + IVR + queue + ring; ended = start + call time.
        "300001|inbound|huong.nguyen|84901234567|2026-03-02 02:15:00|2026-03-02 02:16:30|2026-03-02 02:25:30|480|30|60|90|1|20260302",
        "300002|inbound|bob.stone|84911112222|2026-03-02 16:40:00|2026-03-02 16:42:10|2026-03-02 18:05:00|4800|120|50|130|1|20260302",
        "300003|inbound|∅|84933334444|2026-03-03 03:00:00|∅|2026-03-03 03:00:45|0|0|0|∅|0|20260303",
        "300004|outbound|huong.nguyen|84907654321|2026-03-03 04:00:00|2026-03-03 04:00:20|2026-03-03 04:05:00|280|0|0|20|1|20260303",
    ];

    private const string SurveysQuery = """
        select s.response_id, s.survey_type, s.score, s.is_satisfied, s.responded_at, s.ticket_id, s.comment, ch.channel_code
        from dw.fact_survey_response s left join dw.dim_channel ch on ch.channel_key = s.channel_key
        order by s.response_id
        """;

    [SkippableFact]
    public void A_five9_call_log_loads_calls_with_answer_and_end_worked_out_and_its_agents()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("Call Log 2026-03.csv", Five9Fixture.Csv());

        var outcome = warehouse.Load(folder.Path, SaigonTime);

        Assert.True(outcome.Succeeded && outcome.RowsRejected == 0, outcome.Message ?? string.Join("\n", outcome.Rejections));
        Assert.Equal(Five9Calls, VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target, CallsQuery)));
        Assert.Equal(["bob.stone|Bob Stone", "huong.nguyen|Nguyễn Thị Hương"], VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target,
            "select agent_id, agent_name from dw.dim_agent order by agent_id")));
        Assert.Equal(["Call Log 2026-03.csv|agents|five9-call-log|2", "Call Log 2026-03.csv|calls|five9-call-log|4"],
            outcome.Files.Select(f => $"{f.File}|{f.Entity}|{f.Profile}|{f.RowsLoaded}"));
    }

    [SkippableTheory]
    [InlineData("ratings.json")]
    [InlineData("ratings.csv")]
    public void Zalo_ratings_load_as_star_ratings_from_json_or_csv(string file)
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With(file, file.EndsWith(".json") ? ZaloFixture.Json : ZaloFixture.Csv);

        var outcome = warehouse.Load(folder.Path, SaigonTime);

        Assert.True(outcome.Succeeded && outcome.RowsRejected == 0, outcome.Message ?? string.Join("\n", outcome.Rejections));
        Assert.Equal(ZaloFixture.Responses, VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target, SurveysQuery)));
    }

    [SkippableFact]
    public void A_profile_zone_reads_naive_times_unless_source_tz_is_given_on_the_command_line()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder()
            .With("tokyo.profile.json", """
                {"name": "tokyo-calls", "timeZone": "Asia/Tokyo", "match": {"headers": ["Call", "Start"]},
                 "targets": [{"entity": "calls", "columns": {"call_id": "Call", "started_at": {"column": "Start", "timestamp": "iso"}}}]}
                """)
            .With("pbx.csv", "Call,Start\nK1,2026-03-02 09:00:00\n");
        string Started() => VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target, "select started_at from dw.fact_call")).Single();
        bool Load(bool sourceTzGiven)
        {
            using var engine = warehouse.Open();
            return new LoadRunner(engine, SilentRunLog.Instance).Run(new LoadRequest(folder.Path, SaigonTime) { SourceTimeZoneGiven = sourceTzGiven }).Succeeded;
        }

        Assert.True(Load(sourceTzGiven: false));
        Assert.Equal("2026-03-02 00:00:00", Started()); // Tokyo is UTC+9: the profile's zone beats the run's default

        Assert.True(Load(sourceTzGiven: true));
        Assert.Equal("2026-03-02 02:00:00", Started()); // --source-tz Asia/Ho_Chi_Minh (UTC+7) given: it wins
    }

    [SkippableFact]
    public void A_folder_mixing_zendesk_five9_zalo_and_canonical_costs_loads_in_one_run()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder()
            .With("zendesk-export.csv", ZendeskFixture.Csv(withBadRow: false))
            .With("five9.csv", Five9Fixture.Csv())
            .With("zalo.json", ZaloFixture.Json)
            .With("support_costs.csv", "month,category,team,amount\n2026-03,salaries,Tier 1,12000\n");

        var outcome = warehouse.Load(folder.Path, SaigonTime);

        Assert.True(outcome.Succeeded && outcome.RowsRejected == 0, outcome.Message ?? string.Join("\n", outcome.Rejections));
        Assert.Equal(
        [
            "five9.csv|agents|five9-call-log", "five9.csv|calls|five9-call-log", "support_costs.csv|support_costs|∅",
            "zalo.json|surveys|zalo-zns-ratings-json", "zendesk-export.csv|agents|zendesk-tickets", "zendesk-export.csv|customers|zendesk-tickets",
            "zendesk-export.csv|surveys|zendesk-tickets", "zendesk-export.csv|tickets|zendesk-tickets",
        ], outcome.Files.Select(f => $"{f.File}|{f.Entity ?? "∅"}|{f.Profile ?? "∅"}").Order(StringComparer.Ordinal));
        Assert.Equal(Five9Calls, VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target, CallsQuery)));
        Assert.Equal(4L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_ticket"));
        Assert.Equal(5L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_survey_response"));
        // Zendesk names its agents, Five9 its usernames: four agents, none inferred.
        Assert.Equal(["Bob Stone|0", "Nguyễn Thị Hương|0", "bob.stone|0", "huong.nguyen|0"], VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target,
            "select agent_id, is_inferred from dw.dim_agent order by agent_id")).Order(StringComparer.Ordinal));
        Assert.Equal(12000m, WarehouseSnapshot.Scalar<decimal>(warehouse.Target, "select sum(amount) from dw.fact_support_cost"));
    }
}

public sealed class DuckDbVendorProfileBehaviour : VendorProfileBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresVendorProfileBehaviour : VendorProfileBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
