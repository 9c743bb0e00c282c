using CsWarehouse.Etl.Checks;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Migrations;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.DataTests;

/// <summary>
/// Every data check (generated from the dw naming conventions, and the business rules under warehouse/tests) finds
/// nothing on a warehouse loaded with small but varied exports; one subclass per engine.
/// </summary>
public abstract class DataTestSuite(LoadedWarehouse loaded)
{
    [SkippableFact]
    public void Every_data_check_finds_no_offending_rows()
    {
        using var engine = WarehouseEngines.Open(loaded.Target);
        var results = new CheckRunner(engine.Connection, engine.SqlVariables).RunAll(DataChecks.All(engine.Connection));

        var failed = results.Where(r => !r.Passed).ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed.Select(r => $"{r.Check.Name}: {r.FailingRows} row(s)\n  " +
            string.Join("\n  ", CheckSample.Lines(r)))));
        Assert.True(results.Count >= DataChecks.HandWritten.Count + ReplacedFiles.Length);
    }

    /// <summary>
    /// The hand-written files these generated checks replaced (same names, same selects): a change to the naming
    /// conventions that lost one of them would lose its coverage.
    /// </summary>
    [SkippableFact]
    public void Generated_checks_cover_every_key_the_replaced_files_covered()
    {
        var names = DataTest.Checks(loaded.Target).Select(c => c.Name).ToHashSet();

        var missing = ReplacedFiles.Where(f => !names.Contains(f)).ToList();
        var twice = DataChecks.HandWritten.Select(c => c.Name).Where(ReplacedFiles.Contains).ToList();
        Assert.True(missing.Count == 0, "no longer generated: " + string.Join(", ", missing));
        Assert.True(twice.Count == 0, "generated and still hand-written: " + string.Join(", ", twice));
    }

    private static readonly string[] ReplacedFiles =
    [
        "dim_agent_duplicate_surrogate_key", "dim_channel_duplicate_business_key", "dim_channel_duplicate_surrogate_key",
        "dim_customer_duplicate_business_key", "dim_customer_duplicate_surrogate_key", "dim_date_duplicate_surrogate_key",
        "dim_plan_duplicate_business_key", "dim_plan_duplicate_surrogate_key", "dim_topic_duplicate_business_key",
        "dim_topic_duplicate_surrogate_key",
        "fact_agent_shift_orphan_agent_key", "fact_agent_shift_shift_date_key_not_in_dim_date",
        "fact_call_duplicate_call_id", "fact_call_orphan_agent_key", "fact_call_orphan_customer_key", "fact_call_orphan_topic_key",
        "fact_call_started_date_key_not_in_dim_date",
        "fact_customer_mrr_month_date_key_not_in_dim_date", "fact_customer_mrr_orphan_customer_key", "fact_customer_mrr_orphan_plan_key",
        "fact_support_cost_month_date_key_not_in_dim_date",
        "fact_survey_response_duplicate_response_id", "fact_survey_response_orphan_agent_key", "fact_survey_response_orphan_channel_key",
        "fact_survey_response_orphan_customer_key", "fact_survey_response_responded_date_key_not_in_dim_date",
        "fact_ticket_created_date_key_not_in_dim_date", "fact_ticket_duplicate_ticket_id", "fact_ticket_first_response_date_key_not_in_dim_date",
        "fact_ticket_orphan_agent_key", "fact_ticket_orphan_channel_key", "fact_ticket_orphan_customer_key", "fact_ticket_orphan_topic_key",
        "fact_ticket_resolved_date_key_not_in_dim_date",
        "fact_ticket_message_duplicate_message_id", "fact_ticket_message_orphan_agent_key", "fact_ticket_message_sent_date_key_not_in_dim_date",
    ];

    /// <summary>The runner is real: on a deliberately corrupted warehouse, the matching checks return rows.</summary>
    [SkippableFact]
    public void Data_tests_report_corrupted_rows()
    {
        using var warehouse = TestWarehouse.Create(loaded.Engine);
        DataTestDataset.LoadInto(warehouse);
        using (var engine = WarehouseEngines.Open(warehouse.Target))
        {
            foreach (var corruption in Corruptions.Values) engine.Connection.Execute(corruption);
        }

        foreach (var fileName in Corruptions.Keys)
            Assert.True(DataTest.Run(warehouse.Target, fileName).Count > 0, $"{fileName} missed its planted problem: {Corruptions[fileName]}");
        Assert.Empty(DataTest.Run(warehouse.Target, "dim_customer_duplicate_business_key"));
    }

    /// <summary>
    /// The runner screens the key references of a table in one pass and runs only the checks the screen does not clear:
    /// with orphans planted in two of fact_ticket's key columns, those two fail with their own count and sample, the
    /// others pass on the screen alone (no sample, each with the same share of the screen's time), and every check's
    /// verdict is the one its own query gives. A date the dimension holds twice changes no verdict.
    /// </summary>
    [SkippableFact]
    public void Screened_key_checks_give_the_verdicts_of_their_own_queries()
    {
        using var warehouse = TestWarehouse.Create(loaded.Engine);
        DataTestDataset.LoadInto(warehouse);
        using var engine = WarehouseEngines.Open(warehouse.Target);
        engine.Connection.Execute("update dw.fact_ticket set agent_key = 999 where ticket_id in ('T1', 'T2')");
        engine.Connection.Execute("update dw.fact_ticket set resolved_date_key = 20990101 where ticket_id = 'T3'");
        engine.Connection.Execute("insert into dw.dim_date select * from dw.dim_date where date_key = 20260302");
        // The checks on dim_date itself would find the repeated day; the test is about the checks that look it up.
        var checks = DataChecks.All(engine.Connection).Where(c => !c.Name.StartsWith("dim_date_", StringComparison.Ordinal)).ToList();
        var runner = new CheckRunner(engine.Connection, engine.SqlVariables);

        var results = runner.RunAll(checks);

        var planted = new[] { "fact_ticket_orphan_agent_key", "fact_ticket_resolved_date_key_not_in_dim_date" };
        Assert.Equal(
            ["fact_ticket_orphan_agent_key: 2", "fact_ticket_resolved_date_key_not_in_dim_date: 1"],
            results.Where(r => !r.Passed).Select(r => $"{r.Check.Name}: {r.FailingRows}").Order(StringComparer.Ordinal));
        Assert.Equal(2, results.Single(r => r.Check.Name == "fact_ticket_orphan_agent_key").Sample.Count);
        Assert.Equal(checks.Select(c => runner.Run(c).FailingRows), results.Select(r => r.FailingRows));
        var cleared = results.Where(r => r.Check.Reference?.Rows == "dw.fact_ticket" && r.Passed).ToList();
        Assert.True(cleared.Count >= 5, $"{cleared.Count} fact_ticket key checks cleared");
        Assert.All(cleared, r => Assert.Empty(r.Sample));
        Assert.Single(cleared.Select(r => r.Elapsed).Distinct());

        var references = results.Where(r => r.Check.Reference?.Rows == "dw.fact_ticket").ToList();
        using var command = engine.Connection.CreateCommand();
        command.CommandText = CheckRunner.ScreenSql(references.Select(r => r.Check.Reference!).ToList());
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(
            references.Select(r => planted.Contains(r.Check.Name)),
            references.Select((_, i) => Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) > 0));
    }

    private static readonly Dictionary<string, string> Corruptions = new()
    {
        ["fact_ticket_duplicate_ticket_id"] = "insert into dw.fact_ticket select * from dw.fact_ticket where ticket_id = 'T1'",
        ["fact_ticket_orphan_agent_key"] = "update dw.fact_ticket set agent_key = 999 where ticket_id = 'T2'",
        ["fact_call_orphan_topic_key"] = "update dw.fact_call set topic_key = 999 where call_id = 'K1'",
        ["dim_channel_duplicate_surrogate_key"] = "update dw.dim_channel set channel_key = (select min(channel_key) from dw.dim_channel) where channel_code = 'sms'",
        ["dim_date_missing_day.sql"] = "delete from dw.dim_date where date_key = 20260301",
        ["fact_call_negative_wait_seconds.sql"] = "update dw.fact_call set wait_seconds = -5 where call_id = 'K1'",
        ["fact_survey_response_nps_flags_inconsistent.sql"] = "update dw.fact_survey_response set is_passive = 1 where response_id = 'R1'",
        ["dim_agent_duplicate_current_version.sql"] = "update dw.dim_agent set is_current = 1 where agent_id = 'A1' and is_current = 0",
        ["dim_agent_overlapping_validity.sql"] = "update dw.dim_agent set valid_to_key = 20260320 where agent_id = 'A1' and valid_from_key = 19000101",
    };
}

/// <summary>Checks on the data test files themselves, engine-free.</summary>
public sealed class DataTestFiles
{
    [Fact]
    public void There_is_at_least_one_data_test()
    {
        Assert.NotEmpty(WarehouseScripts.DataTests);
    }

    [Fact]
    public void Every_data_test_is_a_one_line_comment_then_a_single_select()
    {
        var bad = WarehouseScripts.DataTests
            .Where(s =>
            {
                var lines = s.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
                return !lines[0].StartsWith("-- ", StringComparison.Ordinal)
                       || !(lines[1] == "select" || lines[1].StartsWith("with ", StringComparison.Ordinal))
                       || s.Text.TrimEnd().TrimEnd(';').Contains(';');
            })
            .Select(s => s.Path)
            .ToList();

        Assert.True(bad.Count == 0, $"Not a one-line comment followed by one select: {string.Join(", ", bad)}");
    }
}

/// <summary>One warehouse per engine, loaded once on first use (so a missing server skips) and dropped with the class.</summary>
public abstract class LoadedWarehouse : IDisposable
{
    private readonly Lazy<TestWarehouse> _warehouse;

    protected LoadedWarehouse(EngineKind engine)
    {
        Engine = engine;
        _warehouse = new Lazy<TestWarehouse>(() =>
        {
            var warehouse = TestWarehouse.Create(engine);
            try { return DataTestDataset.LoadInto(warehouse); }
            catch { warehouse.Dispose(); throw; }
        });
    }

    public EngineKind Engine { get; }

    public WarehouseTarget Target => _warehouse.Value.Target;

    public void Dispose()
    {
        if (_warehouse.IsValueCreated) _warehouse.Value.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class DuckDbLoadedWarehouse() : LoadedWarehouse(EngineKind.DuckDb);

public sealed class PostgresLoadedWarehouse() : LoadedWarehouse(EngineKind.Postgres);

public sealed class DuckDbDataTests(DuckDbLoadedWarehouse loaded) : DataTestSuite(loaded), IClassFixture<DuckDbLoadedWarehouse>;

public sealed class PostgresDataTests(PostgresLoadedWarehouse loaded) : DataTestSuite(loaded), IClassFixture<PostgresLoadedWarehouse>;

/// <summary>
/// Two loads a day apart in the Ho Chi Minh reporting zone: every export the facts use, a ticket across the new
/// year, resolved on contact 1 / 2 / 3+ and unresolved, inferred agents and customers later filled in, calls
/// inbound / outbound / abandoned, all four survey types (two on a non-standard scale) and an agent changing team.
/// </summary>
internal static class DataTestDataset
{
    public static TestWarehouse LoadInto(TestWarehouse warehouse)
    {
        var zone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--reporting-tz");
        foreach (var (asOf, files) in new[] { (new DateOnly(2026, 3, 8), First), (new DateOnly(2026, 3, 9), Second) })
        {
            using var folder = new ExportFolder();
            foreach (var (name, csv) in files) folder.With(name, csv);
            var outcome = warehouse.Load(folder.Path, new LoadSettings { AsOf = asOf, ReportingTimeZone = zone });
            Assert.True(outcome.Succeeded && outcome.Rejections.Count == 0, $"dataset load as of {asOf} failed: {outcome.Message}");
        }
        return warehouse;
    }

    private static readonly Dictionary<string, string> First = new()
    {
        ["agents.csv"] = """
            agent_id,agent_name,team,email,hired_on,left_on
            A1,Nguyễn Văn An,Tier 1,an@example.com,2024-01-15,
            A2,สมชาย ใจดี,Tier 2,somchai@example.com,2023-06-01,
            A3,مریم رضایی,Billing,maryam@example.com,2022-09-01,2026-03-31
            """,
        ["customers.csv"] = """
            customer_id,customer_name,segment,country,signed_up_on
            C1,Công ty An Phát,SMB,VN,2024-02-01
            C2,บริษัท สยาม,Enterprise,TH,2023-11-15
            C3,Parsian Co,SMB,IR,2025-05-20
            """,
        ["plans.csv"] = "plan_id,plan_name,tier,is_premium\nP1,Basic,basic,false\nP2,Premium,premium,true\n",
        ["subscriptions.csv"] = """
            subscription_id,customer_id,plan_id,mrr,currency,started_on,ended_on
            S1,C1,P1,49,USD,2025-06-01,
            S2,C2,P2,299,USD,2025-01-01,2026-02-28
            S3,C5,P3,99,usd,2026-01-01,
            """,
        ["tickets.csv"] = """
            ticket_id,created_at,channel,customer_id,agent_id,topic,priority,status,first_response_at,resolved_at,contacts,reopens,agent_replies,messages
            T0,2025-12-31T20:00:00Z,email,C1,A1,Billing,normal,solved,2025-12-31T21:00:00Z,2026-01-02T09:00:00Z,1,0,1,2
            T1,2026-03-02T09:00:00Z,email,C1,A1,Billing,normal,solved,2026-03-02T09:30:00Z,2026-03-02T10:00:00Z,1,0,1,2
            T2,2026-03-03T10:00:00Z,chat,C2,A2,Login,high,solved,2026-03-03T10:01:00Z,2026-03-04T11:00:00Z,2,0,2,5
            T3,2026-03-04T08:00:00Z,phone,C3,A3,Refund,urgent,solved,2026-03-04T08:05:00Z,2026-03-07T16:00:00Z,4,1,5,9
            T4,2026-03-05T12:00:00Z,email,C1,A1,Billing,normal,open,2026-03-05T13:00:00Z,,,,1,2
            T5,2026-03-06T15:00:00Z,web,C4,A9,,low,new,,,,,0,1
            T6,2026-03-07T09:00:00Z,chat,C2,A2,Login,normal,solved,2026-03-07T09:02:00Z,2026-03-07T12:00:00Z,1,1,2,3
            """,
        ["ticket_messages.csv"] = """
            message_id,ticket_id,sent_at,author,agent_id
            M1,T1,2026-03-02T09:00:00Z,customer,
            M2,T1,2026-03-02T09:30:00Z,agent,A1
            M3,T2,2026-03-03T10:00:00Z,customer,
            M4,T2,2026-03-03T10:01:00Z,agent,A2
            M5,T2,2026-03-03T12:00:00Z,customer,
            M6,T2,2026-03-03T12:05:00Z,customer,
            M7,T2,2026-03-04T09:00:00Z,agent,A2
            M8,T4,2026-03-05T12:00:00Z,customer,
            M9,T4,2026-03-05T13:00:00Z,agent,A1
            """,
        ["calls.csv"] = """
            call_id,started_at,answered_at,ended_at,direction,agent_id,customer_id,ticket_id,topic,talk_seconds,hold_seconds,after_call_work_seconds,resolved
            K1,2026-03-03T09:00:00Z,2026-03-03T09:00:30Z,2026-03-03T09:10:00Z,inbound,A1,C1,,Billing,540,30,60,true
            K2,2026-03-03T09:15:00Z,,2026-03-03T09:16:00Z,inbound,,C2,,,,,,
            K3,2026-03-04T14:00:00Z,2026-03-04T14:00:10Z,2026-03-04T14:05:00Z,outbound,A2,C2,T2,Login,290,0,20,
            K4,2026-03-04T15:00:00Z,,,outbound,A2,C3,,,,,,
            K5,2026-03-05T23:30:00Z,2026-03-05T23:31:00Z,2026-03-06T00:10:00Z,inbound,A3,C3,T3,Refund,2000,200,100,false
            K6,2026-03-06T10:00:00Z,2026-03-06T10:00:05Z,2026-03-06T10:02:00Z,,A9,C5,,Shipping,100,0,0,
            """,
        ["surveys.csv"] = """
            response_id,responded_at,survey_type,score,scale_max,customer_id,ticket_id,call_id,agent_id,channel,comment
            R1,2026-03-02T11:00:00Z,nps,10,,C1,T1,,A1,email,Rất tốt
            R2,2026-03-04T12:00:00Z,nps,8,,C2,T2,,A2,chat,ok
            R3,2026-03-07T17:00:00Z,nps,3,,C3,T3,,A3,phone,ช้ามาก
            R4,2026-03-03T09:20:00Z,csat,5,,C1,,K1,A1,,
            R5,2026-03-05T00:00:00Z,csat,2,,C3,,,,sms,
            R6,2026-03-04T13:00:00Z,ces,6,,C2,T2,,A2,chat,
            R7,2026-03-06T11:00:00Z,rating,8,10,C5,,K6,A9,,خوب
            R8,2026-03-06T12:00:00Z,ces,2,5,C4,T5,,,web,
            """,
        ["agent_shifts.csv"] = """
            agent_id,shift_date,logged_in_seconds
            A1,2026-03-02,28800
            A1,2026-03-03,27000
            A2,2026-03-03,28800
            A3,2026-03-05,14400
            A9,2026-03-06,3600
            """,
    };

    private static readonly Dictionary<string, string> Second = new()
    {
        ["agents.csv"] = """
            agent_id,agent_name,team,email,hired_on,left_on
            A1,Nguyễn Văn An,Tier 2,an@example.com,2024-01-15,
            A2,สมชาย ใจดี,Tier 2,somchai@example.com,2023-06-01,
            A9,Trần Thị Bích,Tier 1,bich@example.com,2026-03-01,
            """,
        ["customers.csv"] = "customer_id,customer_name,segment,country,signed_up_on\nC4,Khách lẻ,Consumer,VN,2026-03-06\n",
        ["tickets.csv"] = """
            ticket_id,created_at,channel,customer_id,agent_id,topic,priority,status,first_response_at,resolved_at,contacts,reopens,agent_replies,messages
            T4,2026-03-05T12:00:00Z,email,C1,A1,Billing,normal,solved,2026-03-05T13:00:00Z,2026-03-10T08:00:00Z,2,0,2,4
            T7,2026-03-10T09:00:00Z,chat,C3,A1,Refund,normal,open,2026-03-10T09:10:00Z,,,,1,2
            T8,2026-03-11T02:00:00Z,social,C2,A2,Shipping,low,solved,2026-03-11T03:00:00Z,2026-03-11T05:00:00Z,3,0,2,4
            """,
        ["ticket_messages.csv"] = """
            message_id,ticket_id,sent_at,author,agent_id
            M10,T4,2026-03-09T18:00:00Z,customer,
            M11,T4,2026-03-10T08:00:00Z,agent,A1
            M12,T7,2026-03-10T09:00:00Z,customer,
            M13,T7,2026-03-10T09:10:00Z,agent,A1
            """,
        ["calls.csv"] = """
            call_id,started_at,answered_at,ended_at,direction,agent_id,customer_id,ticket_id,topic,talk_seconds,hold_seconds,after_call_work_seconds,resolved
            K7,2026-03-10T08:00:00Z,2026-03-10T08:00:20Z,2026-03-10T08:06:00Z,inbound,A1,C3,T7,Refund,330,10,45,yes
            K8,2026-03-10T08:30:00Z,,2026-03-10T08:31:00Z,inbound,,,,,,,,
            """,
        ["surveys.csv"] = """
            response_id,responded_at,survey_type,score,scale_max,customer_id,ticket_id,call_id,agent_id,channel,comment
            R9,2026-03-11T06:00:00Z,nps,7,,C2,T8,,A2,social,
            R10,2026-03-10T09:00:00Z,csat,4,,C3,,K7,A1,,
            """,
        ["agent_shifts.csv"] = """
            agent_id,shift_date,logged_in_seconds
            A1,2026-03-03,28000
            A1,2026-03-10,28800
            A2,2026-03-10,25200
            """,
    };
}
