using System.Text;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Loading;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Loading;

/// <summary>How a load treats bad rows and unusual but valid files, the same on every engine.</summary>
public abstract class RejectionRules
{
    protected abstract EngineKind Engine { get; }

    private static readonly LoadSettings Tolerant = new() { MaxRejectRate = 1 };

    /// <summary>Where the good rows of each file end up, named by the first column of its natural key.</summary>
    private static readonly Dictionary<string, string> LoadedKeys = new()
    {
        ["agents.csv"] = "select distinct agent_id from dw.dim_agent",
        ["agent_shifts.csv"] = "select agent_id from dw.fact_agent_shift",
        ["customers.csv"] = "select customer_id from dw.dim_customer",
        ["plans.csv"] = "select plan_id from dw.dim_plan",
        ["tickets.csv"] = "select ticket_id from dw.fact_ticket",
        ["ticket_messages.csv"] = "select message_id from dw.fact_ticket_message",
        ["calls.csv"] = "select call_id from dw.fact_call",
        ["surveys.csv"] = "select response_id from dw.fact_survey_response",
        ["fx_rates.csv"] = "select currency from dw.fx_rate",
        ["subscriptions.csv"] = "select subscription_id from dw.subscription_period",
        ["support_costs.csv"] = "select category from dw.fact_support_cost",
        ["targets.csv"] = "select kpi_code from dw.kpi_target",
    };

    public static IEnumerable<object[]> Cases => RejectionRulesCases.All.Select(c => new object[] { c });

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Load_rejects_the_row_that_breaks_a_rule_and_loads_the_good_rows(RejectionCase rule)
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With(rule.File, rule.Csv);
        if (rule.With is { } other) folder.With(other.File, other.Csv);

        var outcome = warehouse.Load(folder.Path, rule.Settings);

        Assert.True(outcome.Succeeded, outcome.Message);
        var rejection = Assert.Single(outcome.Rejections);
        Assert.Equal((rule.File, rule.Line, rule.Column, rule.Value), (rejection.File, rejection.LineNumber, rejection.Column, rejection.Value));
        Assert.Contains(rule.Reason, rejection.Reason);
        var stored = Assert.Single(StoredRejections(warehouse, outcome.RunId));
        Assert.Equal((rule.File, rule.Line, rule.Column, rule.Value, rejection.Reason), stored);
        var file = Assert.Single(outcome.Files, f => f.File == rule.File);
        Assert.Equal((rule.Loaded.Length + 1L, (long)rule.Loaded.Length, 1L), (file.RowsRead, file.RowsLoaded, file.RowsRejected));
        Assert.Equal(rule.Loaded, LoadedIds(warehouse, rule.File));
    }

    [SkippableFact]
    public void Load_reports_each_problem_of_a_row_but_counts_the_row_once()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("tickets.csv", """
            ticket_id,created_at,channel,contacts,reopens
            T1,2026-03-01T09:00:00Z,email,1,0
            T2,yesterday,,0,-1
            T3,2026-03-01T10:00:00Z,chat,2,1
            """);

        var outcome = warehouse.Load(folder.Path, Tolerant);

        Assert.True(outcome.Succeeded, outcome.Message);
        var problems = outcome.Rejections.Select(r => (r.File, r.LineNumber, r.Column, r.Value)).OrderBy(p => p.Column, StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            ("tickets.csv", 3L, "channel", (string?)null),
            ("tickets.csv", 3L, "contacts", "0"),
            ("tickets.csv", 3L, "created_at", "yesterday"),
            ("tickets.csv", 3L, "reopens", "-1"),
        ], problems);
        Assert.Equal(4, StoredRejections(warehouse, outcome.RunId).Count);
        var file = Assert.Single(outcome.Files);
        Assert.Equal((3L, 2L, 1L), (file.RowsRead, file.RowsLoaded, file.RowsRejected));
        Assert.Equal(1L, WarehouseSnapshot.Scalar<long>(warehouse.Target, $"select rows_rejected from etl.load_run where run_id = {outcome.RunId}"));
        Assert.Equal(["T1", "T3"], LoadedIds(warehouse, "tickets.csv"));
    }

    [SkippableFact]
    public void A_quoted_field_with_a_comma_a_doubled_quote_and_a_newline_loads_intact()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("surveys.csv", """
            response_id,responded_at,survey_type,score,comment
            R1,2026-03-01T10:00:00Z,csat,5,"Fast, friendly
            and ""fixed"" for good"
            R2,2026-03-01T10:05:00Z,csat,4,ok
            """);

        var outcome = warehouse.Load(folder.Path);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Empty(outcome.Rejections);
        Assert.Equal((2L, 2L), (outcome.Files[0].RowsRead, outcome.Files[0].RowsLoaded));
        Assert.Equal("Fast, friendly\nand \"fixed\" for good",
            WarehouseSnapshot.Scalar<string>(warehouse.Target, "select comment from dw.fact_survey_response where response_id = 'R1'"));
    }

    [SkippableTheory]
    [InlineData(';')]
    [InlineData('\t')]
    public void A_file_delimited_by_semicolons_or_tabs_loads(char delimiter)
    {
        using var warehouse = TestWarehouse.Create(Engine);
        var csv = """
            response_id|responded_at|survey_type|score|comment
            R1|2026-03-01T10:00:00Z|csat|4.5|Good, fast
            R2|2026-03-01T10:05:00Z|nps|x|Bad
            R3|2026-03-01T10:10:00Z|nps|9|Quick, polite
            """.Replace('|', delimiter);
        using var folder = new ExportFolder().With("surveys.csv", csv);

        var outcome = warehouse.Load(folder.Path, Tolerant);

        Assert.True(outcome.Succeeded, outcome.Message);
        var rejection = Assert.Single(outcome.Rejections);
        Assert.Equal((3L, "score", "x"), (rejection.LineNumber, rejection.Column, rejection.Value));
        var rows = WarehouseSnapshot.Query(warehouse.Target, "select response_id, score, comment from dw.fact_survey_response order by response_id");
        Assert.Equal(
            [("R1", 4.5m, "Good, fast"), ("R3", 9m, "Quick, polite")],
            rows.Select(r => ((string)r["response_id"]!, Convert.ToDecimal(r["score"]), (string)r["comment"]!)));
    }

    [SkippableTheory]
    [InlineData("utf-16")]
    [InlineData("utf-8")]
    public void A_file_with_a_byte_order_mark_loads(string encoding)
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("agents.csv", """
            agent_id,agent_name,team
            A1,Nguyễn Văn An,Tier 1
            A2,สมชาย ใจดี,Tier 2
            A3,مریم رضایی,Billing
            """, encoding == "utf-16" ? Encoding.Unicode : new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var outcome = warehouse.Load(folder.Path);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Empty(outcome.Rejections);
        var names = WarehouseSnapshot.Query(warehouse.Target, "select agent_id, agent_name from dw.dim_agent order by agent_id")
            .Select(r => ((string)r["agent_id"]!, (string)r["agent_name"]!));
        Assert.Equal([("A1", "Nguyễn Văn An"), ("A2", "สมชาย ใจดี"), ("A3", "مریم رضایی")], names);
    }

    [SkippableFact]
    public void A_file_with_crlf_line_endings_loads_and_counts_its_lines()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder();
        File.WriteAllText(Path.Combine(folder.Path, "tickets.csv"),
            "ticket_id,created_at,channel,contacts\r\nT1,2026-03-01T09:00:00Z,email,1\r\nT2,2026-03-01T09:30:00Z,email,0\r\nT3,2026-03-01T10:00:00Z,chat,2\r\n");

        var outcome = warehouse.Load(folder.Path, Tolerant);

        Assert.True(outcome.Succeeded, outcome.Message);
        var rejection = Assert.Single(outcome.Rejections);
        Assert.Equal((3L, "contacts", "0"), (rejection.LineNumber, rejection.Column, rejection.Value));
        Assert.Equal(["T1", "T3"], LoadedIds(warehouse, "tickets.csv"));
        Assert.Equal("chat", WarehouseSnapshot.Scalar<string>(warehouse.Target,
            "select c.channel_code from dw.fact_ticket t join dw.dim_channel c on c.channel_key = t.channel_key where t.ticket_id = 'T3'"));
    }

    [SkippableFact]
    public void Header_names_match_ignoring_case_and_surrounding_spaces()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("tickets.csv", """
             Ticket_ID , CREATED_AT ,Channel , Contacts
            T1,2026-03-01T09:00:00Z,email,2
            """);

        var outcome = warehouse.Load(folder.Path);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Empty(outcome.Rejections);
        Assert.Empty(outcome.Warnings);
        var row = Assert.Single(WarehouseSnapshot.Query(warehouse.Target, "select ticket_id, contacts from dw.fact_ticket"));
        Assert.Equal(("T1", 2), ((string)row["ticket_id"]!, Convert.ToInt32(row["contacts"])));
    }

    [SkippableFact]
    public void An_unknown_column_is_ignored_with_one_warning()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("tickets.csv", """
            ticket_id,created_at,sentiment,channel
            T1,2026-03-01T09:00:00Z,angry,email
            T2,2026-03-01T10:00:00Z,happy,chat
            """);

        var outcome = warehouse.Load(folder.Path);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Empty(outcome.Rejections);
        var warning = Assert.Single(outcome.Warnings);
        Assert.Equal("tickets.csv", warning.File);
        Assert.Contains("sentiment", warning.Message);
        Assert.Equal(["T1", "T2"], LoadedIds(warehouse, "tickets.csv"));
        Assert.Equal(["chat", "email"], WarehouseSnapshot.Query(warehouse.Target,
            "select c.channel_code from dw.fact_ticket t join dw.dim_channel c on c.channel_key = t.channel_key")
            .Select(r => (string)r["channel_code"]!).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void A_key_repeated_in_one_file_keeps_the_last_row_and_warns_about_the_superseded_line()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("tickets.csv", """
            ticket_id,created_at,channel,status
            T1,2026-03-01T09:00:00Z,email,open
            T2,2026-03-01T09:30:00Z,chat,open
            T1,2026-03-01T09:00:00Z,email,solved
            """);

        var outcome = warehouse.Load(folder.Path);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Empty(outcome.Rejections);
        var warning = Assert.Single(outcome.Warnings);
        Assert.Equal(("tickets.csv", (long?)2), (warning.File, warning.LineNumber));
        var file = Assert.Single(outcome.Files);
        Assert.Equal((3L, 3L, 0L, 1), (file.RowsRead, file.RowsLoaded, file.RowsRejected, file.Warnings));
        var tickets = WarehouseSnapshot.Query(warehouse.Target, "select ticket_id, status from dw.fact_ticket order by ticket_id")
            .Select(r => ((string)r["ticket_id"]!, (string)r["status"]!));
        Assert.Equal([("T1", "solved"), ("T2", "open")], tickets);
        Assert.Equal(2L, WarehouseSnapshot.Scalar<long>(warehouse.Target,
            $"select line_number from etl.load_warning where run_id = {outcome.RunId} and file_name = 'tickets.csv'"));
    }

    /// <summary>
    /// A key staged three times keeps its last row only, whichever rows lie between; an empty optional key field (a
    /// target's month) is a value like any other, so two defaults of one KPI are the same key and a default is not the
    /// same key as a month's target.
    /// </summary>
    [SkippableFact]
    public void Of_a_key_repeated_three_times_only_the_last_row_loads_and_an_empty_optional_key_field_is_a_key()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("targets.csv", """
            kpi,month,value
            fcr_rate,,0.70
            fcr_rate,2026-03,0.75
            csat_rate,,0.80
            fcr_rate,,0.72
            fcr_rate,2026-03,0.77
            fcr_rate,,0.74
            """);

        var outcome = warehouse.Load(folder.Path);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal([2L, 3L, 5L], outcome.Warnings.Select(w => w.LineNumber ?? 0).Order());
        Assert.All(outcome.Warnings, w => Assert.Contains("superseded by a later row", w.Message));
        var targets = WarehouseSnapshot.Query(warehouse.Target,
                "select kpi_code, coalesce(month_key, 0) as month_key, value from dw.kpi_target order by kpi_code, month_key")
            .Select(r => $"{r["kpi_code"]} {Convert.ToInt64(r["month_key"])} {Convert.ToDecimal(r["value"]):0.00}");
        Assert.Equal(["csat_rate 0 0.80", "fcr_rate 0 0.74", "fcr_rate 202603 0.77"], targets);
    }

    [SkippableFact]
    public void Money_in_a_currency_with_a_rate_for_its_month_loads_converted_to_the_reporting_currency()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder()
            .With("fx_rates.csv", """
                month,currency,rate
                2026-02,EUR,1.25
                2026-03,EUR,1.10
                """)
            .With("subscriptions.csv", """
                subscription_id,customer_id,mrr,currency,started_on,ended_on
                S1,C1,100,EUR,2026-03-15,
                S2,C2,80,eur,2026-02-01,2026-03-15
                S3,C3,50,USD,2026-03-01,
                """)
            .With("support_costs.csv", """
                month,category,team,amount,currency
                2026-03,tools,Tier 1,200,EUR
                2026-03,salaries,Tier 1,1000,USD
                """);

        var outcome = warehouse.Load(folder.Path);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Empty(outcome.Rejections);
        Assert.Equal(
            [("fx_rates.csv", 2L), ("subscriptions.csv", 3L), ("support_costs.csv", 2L)],
            outcome.Files.Select(f => (f.File, f.RowsLoaded)).OrderBy(f => f.File, StringComparer.Ordinal));
        var mrr = WarehouseSnapshot.Query(warehouse.Target, "select subscription_id, fx_rate, reporting_mrr from dw.subscription_period")
            .ToDictionary(r => (string)r["subscription_id"]!, r => (Convert.ToDecimal(r["fx_rate"]), Convert.ToDecimal(r["reporting_mrr"])));
        Assert.Equal((1.10m, 110m), mrr["S1"]);
        Assert.Equal((1.25m, 100m), mrr["S2"]); // the rate of the started_on month, for the period's whole life
        Assert.Equal((1m, 50m), mrr["S3"]);
        var costs = WarehouseSnapshot.Query(warehouse.Target, "select category, amount from dw.fact_support_cost")
            .ToDictionary(r => (string)r["category"]!, r => Convert.ToDecimal(r["amount"]));
        Assert.Equal(220m, costs["tools"]);
        Assert.Equal(1000m, costs["salaries"]);
    }

    [SkippableFact]
    public void Money_without_a_currency_is_in_the_reporting_currency()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder()
            .With("subscriptions.csv", """
                subscription_id,customer_id,mrr,currency,started_on
                S1,C1,100,,2026-03-01
                """)
            .With("support_costs.csv", """
                month,category,amount
                2026-03,tools,200
                """);

        var outcome = warehouse.Load(folder.Path, new LoadSettings { ReportingCurrency = "EUR" });

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Empty(outcome.Rejections);
        var period = Assert.Single(WarehouseSnapshot.Query(warehouse.Target, "select currency, fx_rate, reporting_mrr from dw.subscription_period"));
        Assert.Equal(("EUR", 1m, 100m), ((string)period["currency"]!, Convert.ToDecimal(period["fx_rate"]), Convert.ToDecimal(period["reporting_mrr"])));
        var cost = Assert.Single(WarehouseSnapshot.Query(warehouse.Target, "select currency, fx_rate, amount from dw.fact_support_cost"));
        Assert.Equal(("EUR", 1m, 200m), ((string)cost["currency"]!, Convert.ToDecimal(cost["fx_rate"]), Convert.ToDecimal(cost["amount"])));
    }

    private static List<(string File, long Line, string Column, string? Value, string Reason)> StoredRejections(TestWarehouse warehouse, int runId) =>
        WarehouseSnapshot.Query(warehouse.Target,
                $"select file_name, line_number, column_name, value, reason from etl.reject_row where run_id = {runId}")
            .Select(r => ((string)r["file_name"]!, Convert.ToInt64(r["line_number"]), (string)r["column_name"]!, (string?)r["value"], (string)r["reason"]!))
            .ToList();

    private static string[] LoadedIds(TestWarehouse warehouse, string file) =>
        WarehouseSnapshot.Query(warehouse.Target, LoadedKeys[file])
            .Select(r => (string)r.Values.Single()!)
            .Order(StringComparer.Ordinal)
            .ToArray();
}

public sealed class DuckDbRejectionRules : RejectionRules
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresRejectionRules : RejectionRules
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
