using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Reading;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Loading;

/// <summary>How a load behaves, the same on every engine; one subclass per engine runs it.</summary>
public abstract class LoadBehaviour
{
    protected abstract EngineKind Engine { get; }

    protected const string Tickets = """
        ticket_id,created_at,channel,customer_id,agent_id,topic,priority,status,first_response_at,resolved_at,contacts,reopens,agent_replies,messages
        T1,2026-03-01T09:00:00Z,email,C1,A1,Billing,normal,open,2026-03-01T09:30:00Z,,1,0,1,2
        T2,2026-03-02T10:00:00Z,chat,C2,A2,Login,high,solved,2026-03-02T10:01:00Z,2026-03-02T11:00:00Z,2,0,2,5
        """;

    protected const string Agents = """
        agent_id,agent_name,team
        A1,Nguyễn Văn An,Tier 1
        A2,สมชาย ใจดี,Tier 2
        A3,مریم رضایی,Billing
        """;

    [SkippableFact]
    public void Loading_the_same_folder_twice_changes_nothing()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("tickets.csv", Tickets).With("agents.csv", Agents);
        Assert.True(warehouse.Load(folder.Path).Succeeded);
        var first = WarehouseSnapshot.Content(warehouse.Target, "dw");

        Assert.True(warehouse.Load(folder.Path).Succeeded);

        Assert.Equal(first, WarehouseSnapshot.Content(warehouse.Target, "dw"));
        Assert.Contains("(2 rows)", first.Split('\n').Single(l => l.StartsWith("## dw.fact_ticket ")));
    }

    [SkippableFact]
    public void Staging_is_empty_after_a_run_and_the_warehouse_has_the_rows()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("tickets.csv", Tickets).With("agents.csv", Agents);

        Assert.True(warehouse.Load(folder.Path).Succeeded);

        var staging = WarehouseSnapshot.Tables(warehouse.Target, "stg").Keys.ToList();
        Assert.Contains("stg.ticket", staging);
        Assert.Contains("stg.ticket_message_work", staging);
        Assert.All(staging, table => Assert.Equal(0L, WarehouseSnapshot.Scalar<long>(warehouse.Target, $"select count(*) from {table}")));
        Assert.Equal(2L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_ticket"));
        Assert.Equal(3L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.dim_agent"));
    }

    [SkippableFact]
    public void A_newer_export_of_a_ticket_updates_it_in_place()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using (var folder = new ExportFolder().With("tickets.csv", Tickets))
            Assert.True(warehouse.Load(folder.Path).Succeeded);
        using (var newer = new ExportFolder().With("tickets.csv", """
            ticket_id,created_at,channel,status,first_response_at,resolved_at,contacts
            T1,2026-03-01T09:00:00Z,email,solved,2026-03-01T09:30:00Z,2026-03-03T09:00:00Z,1
            """))
            Assert.True(warehouse.Load(newer.Path).Succeeded);

        var rows = WarehouseSnapshot.Query(warehouse.Target,
            "select ticket_id, status, resolved_date_key, resolution_seconds, is_resolved from dw.fact_ticket order by ticket_id");
        Assert.Equal(2, rows.Count);
        var t1 = rows[0];
        Assert.Equal("solved", t1["status"]);
        Assert.Equal(20260303, Convert.ToInt32(t1["resolved_date_key"]));
        Assert.Equal(2L * 24 * 3600, Convert.ToInt64(t1["resolution_seconds"]));
        Assert.Equal(1, Convert.ToInt32(t1["is_resolved"]));
    }

    [SkippableFact]
    public void Utc_instant_lands_on_the_reporting_zone_day_and_naive_times_use_the_source_zone()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("tickets.csv", """
            ticket_id,created_at,channel
            UTC,2026-03-01T23:30:00Z,email
            NAIVE,2026-03-01T23:30:00,email
            """);
        var settings = new LoadSettings
        {
            SourceTimeZone = LoadSettings.FindTimeZone("Asia/Bangkok", "--source-tz"),
            ReportingTimeZone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--reporting-tz"),
        };
        Assert.True(warehouse.Load(folder.Path, settings).Succeeded);

        var rows = WarehouseSnapshot.Query(warehouse.Target,
            "select ticket_id, created_at, created_date_key, created_hour from dw.fact_ticket order by ticket_id");
        Assert.Equal(("NAIVE", 20260301, 23), (rows[0]["ticket_id"], Convert.ToInt32(rows[0]["created_date_key"]), Convert.ToInt32(rows[0]["created_hour"])));
        Assert.Equal(new DateTime(2026, 3, 1, 16, 30, 0), (DateTime)rows[0]["created_at"]!); // Bangkok is UTC+7
        Assert.Equal(("UTC", 20260302, 6), (rows[1]["ticket_id"], Convert.ToInt32(rows[1]["created_date_key"]), Convert.ToInt32(rows[1]["created_hour"])));
        Assert.Equal(new DateTime(2026, 3, 1, 23, 30, 0), (DateTime)rows[1]["created_at"]!);
    }

    [SkippableFact]
    public void Vietnamese_thai_and_persian_text_round_trips()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("agents.csv", Agents).With("surveys.csv", """
            response_id,responded_at,survey_type,score,comment
            R1,2026-03-01T10:00:00Z,csat,5,"Dịch vụ rất tốt, cảm ơn!"
            R2,2026-03-01T10:00:00Z,csat,4,บริการดีมากครับ
            R3,2026-03-01T10:00:00Z,csat,2,پاسخ خیلی دیر بود
            """);
        Assert.True(warehouse.Load(folder.Path).Succeeded);

        var names = WarehouseSnapshot.Query(warehouse.Target, "select agent_name from dw.dim_agent order by agent_id").Select(r => (string)r["agent_name"]!);
        Assert.Equal(["Nguyễn Văn An", "สมชาย ใจดี", "مریم رضایی"], names);
        var comments = WarehouseSnapshot.Query(warehouse.Target, "select comment from dw.fact_survey_response order by response_id").Select(r => (string)r["comment"]!);
        Assert.Equal(["Dịch vụ rất tốt, cảm ơn!", "บริการดีมากครับ", "پاسخ خیلی دیر بود"], comments);
    }

    [SkippableFact]
    public void An_agent_whose_team_changes_gets_a_new_version_and_older_facts_keep_the_old_team()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using (var first = new ExportFolder().With("agents.csv", "agent_id,agent_name,team\nA1,An,Tier 1\n")
                   .With("tickets.csv", "ticket_id,created_at,channel,agent_id\nOLD,2026-03-05T10:00:00Z,email,A1\n"))
            Assert.True(warehouse.Load(first.Path, new LoadSettings { AsOf = new DateOnly(2026, 3, 1) }).Succeeded);
        using (var second = new ExportFolder().With("agents.csv", "agent_id,agent_name,team\nA1,An,Tier 2\n")
                   .With("tickets.csv", "ticket_id,created_at,channel,agent_id\nBEFORE,2026-03-09T10:00:00Z,email,A1\nAFTER,2026-03-12T10:00:00Z,email,A1\n"))
            Assert.True(warehouse.Load(second.Path, new LoadSettings { AsOf = new DateOnly(2026, 3, 10) }).Succeeded);

        var versions = WarehouseSnapshot.Query(warehouse.Target,
            "select team, valid_from_key, valid_to_key, is_current from dw.dim_agent where agent_id = 'A1' order by valid_from_key");
        Assert.Equal(2, versions.Count);
        Assert.Equal(("Tier 1", 19000101, 20260310, 0), (versions[0]["team"], Convert.ToInt32(versions[0]["valid_from_key"]), Convert.ToInt32(versions[0]["valid_to_key"]), Convert.ToInt32(versions[0]["is_current"])));
        Assert.Equal(("Tier 2", 20260310, 99991231, 1), (versions[1]["team"], Convert.ToInt32(versions[1]["valid_from_key"]), Convert.ToInt32(versions[1]["valid_to_key"]), Convert.ToInt32(versions[1]["is_current"])));
        var teams = WarehouseSnapshot.Query(warehouse.Target,
            "select t.ticket_id, a.team from dw.fact_ticket t join dw.dim_agent a on a.agent_key = t.agent_key order by t.ticket_id")
            .ToDictionary(r => (string)r["ticket_id"]!, r => (string)r["team"]!);
        Assert.Equal("Tier 2", teams["AFTER"]);
        Assert.Equal("Tier 1", teams["BEFORE"]);
        Assert.Equal("Tier 1", teams["OLD"]);
    }

    [SkippableFact]
    public void A_team_change_dated_on_or_before_facts_loaded_earlier_moves_them_to_the_new_version()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using (var first = new ExportFolder().With("agents.csv", "agent_id,agent_name,team\nA1,An,Tier 1\n")
                   .With("tickets.csv", "ticket_id,created_at,channel,agent_id\nEARLY,2026-03-05T10:00:00Z,email,A1\nSAMEDAY,2026-03-10T10:00:00Z,email,A1\n"))
            Assert.True(warehouse.Load(first.Path, new LoadSettings { AsOf = new DateOnly(2026, 3, 1) }).Succeeded);
        using (var second = new ExportFolder().With("agents.csv", "agent_id,agent_name,team\nA1,An,Tier 2\n"))
            Assert.True(warehouse.Load(second.Path, new LoadSettings { AsOf = new DateOnly(2026, 3, 10) }).Succeeded);

        var teams = WarehouseSnapshot.Query(warehouse.Target,
                "select t.ticket_id, a.team from dw.fact_ticket t join dw.dim_agent a on a.agent_key = t.agent_key")
            .ToDictionary(r => (string)r["ticket_id"]!, r => (string)r["team"]!);
        Assert.Equal("Tier 1", teams["EARLY"]);
        Assert.Equal("Tier 2", teams["SAMEDAY"]);
        // The re-pointed row is one the second run wrote: the data tests of that run look at it again.
        var runs = WarehouseSnapshot.Query(warehouse.Target, "select ticket_id, run_id from dw.fact_ticket")
            .ToDictionary(r => (string)r["ticket_id"]!, r => Convert.ToInt64(r["run_id"]));
        Assert.Equal(runs["EARLY"] + 1, runs["SAMEDAY"]);
    }

    [SkippableFact]
    public void Reply_time_runs_from_the_first_unanswered_customer_message_even_when_agents_write_in_the_same_second()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("ticket_messages.csv", """
            message_id,ticket_id,sent_at,author,agent_id
            M1,T1,2026-03-01T09:00:00Z,customer,
            M2,T1,2026-03-01T09:30:00Z,agent,A1
            M3,T1,2026-03-01T09:30:00Z,agent,A1
            M4,T1,2026-03-01T10:00:00Z,customer,
            M5,T1,2026-03-01T10:05:00Z,customer,
            M6,T1,2026-03-01T10:20:00Z,agent,A1
            """);
        Assert.True(warehouse.Load(folder.Path).Succeeded);

        var replies = WarehouseSnapshot.Query(warehouse.Target, "select message_id, reply_seconds from dw.fact_ticket_message")
            .ToDictionary(r => (string)r["message_id"]!, r => r["reply_seconds"] is null ? (long?)null : Convert.ToInt64(r["reply_seconds"]));
        Assert.Equal(1800L, replies["M2"]);
        Assert.Null(replies["M3"]); // nothing was waiting: not a reply
        Assert.Equal(1200L, replies["M6"]);
        Assert.Null(replies["M1"]);
    }

    [SkippableFact]
    public void A_fact_naming_an_unknown_agent_creates_an_inferred_member_that_a_later_load_fills_in()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using (var first = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel,agent_id,customer_id\nT1,2026-03-05T10:00:00Z,email,A9,C9\n"))
            Assert.True(warehouse.Load(first.Path).Succeeded);
        Assert.Equal(1, WarehouseSnapshot.Scalar<int>(warehouse.Target, "select is_inferred from dw.dim_agent where agent_id = 'A9'"));
        Assert.Equal(1, WarehouseSnapshot.Scalar<int>(warehouse.Target, "select is_inferred from dw.dim_customer where customer_id = 'C9'"));

        using (var second = new ExportFolder().With("agents.csv", "agent_id,agent_name,team\nA9,Trần Thị Bích,Tier 1\n"))
            Assert.True(warehouse.Load(second.Path).Succeeded);

        var agent = WarehouseSnapshot.Query(warehouse.Target, "select agent_key, agent_name, team, is_inferred from dw.dim_agent where agent_id = 'A9'").Single();
        Assert.Equal(("Trần Thị Bích", "Tier 1", 0), ((string)agent["agent_name"]!, (string)agent["team"]!, Convert.ToInt32(agent["is_inferred"])));
        Assert.Equal(Convert.ToInt32(agent["agent_key"]), WarehouseSnapshot.Scalar<int>(warehouse.Target, "select agent_key from dw.fact_ticket"));
    }

    [SkippableFact]
    public void A_missing_required_column_fails_before_anything_is_written_naming_file_and_column()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using (var good = new ExportFolder().With("tickets.csv", Tickets))
            Assert.True(warehouse.Load(good.Path).Succeeded);
        var before = WarehouseSnapshot.Content(warehouse.Target, "dw");
        using var bad = new ExportFolder().With("agents.csv", Agents).With("calls.csv", "call_id,answered_at\nK1,2026-03-01T10:00:00Z\n");

        var error = Assert.Throws<FileLevelException>(() => warehouse.Load(bad.Path));

        Assert.Contains("calls.csv", error.Message);
        Assert.Contains("started_at", error.Message);
        Assert.Equal(before, WarehouseSnapshot.Content(warehouse.Target, "dw"));
        // Only the failed run's own record is added, saying why.
        var failed = WarehouseSnapshot.Query(warehouse.Target, "select status, files, rows_loaded, message from etl.load_run where run_id = 2").Single();
        Assert.Equal(("failed", 0, 0L), ((string)failed["status"]!, Convert.ToInt32(failed["files"]), Convert.ToInt64(failed["rows_loaded"])));
        Assert.Contains("calls.csv", (string)failed["message"]!);
    }

    [SkippableFact]
    public void Rejected_rows_over_the_threshold_fail_the_run_and_leave_the_warehouse_as_it_was()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using (var good = new ExportFolder().With("tickets.csv", Tickets).With("agents.csv", Agents))
            Assert.True(warehouse.Load(good.Path).Succeeded);
        var before = WarehouseSnapshot.Content(warehouse.Target, "dw", "stg");
        using var bad = new ExportFolder().With("agents.csv", "agent_id,agent_name,team\nA1,Renamed,Tier 9\n").With("tickets.csv", """
            ticket_id,created_at,channel,contacts
            T1,2026-03-01T09:00:00Z,email,1
            T3,not a time,email,1
            T4,2026-03-01T09:00:00Z,email,0
            """);

        var outcome = warehouse.Load(bad.Path);

        Assert.False(outcome.Succeeded);
        Assert.Contains("tickets.csv", outcome.Message);
        Assert.Equal(before, WarehouseSnapshot.Content(warehouse.Target, "dw", "stg"));
        var run = WarehouseSnapshot.Query(warehouse.Target, $"select status, rows_rejected from etl.load_run where run_id = {outcome.RunId}").Single();
        Assert.Equal(("failed", 2L), ((string)run["status"]!, Convert.ToInt64(run["rows_rejected"])));
        Assert.Equal(2L, WarehouseSnapshot.Scalar<long>(warehouse.Target, $"select count(*) from etl.reject_row where run_id = {outcome.RunId}"));
    }
}

public sealed class DuckDbLoadBehaviour : LoadBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresLoadBehaviour : LoadBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
