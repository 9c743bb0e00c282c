using System.Globalization;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Kpi;

namespace CsWarehouse.Tests.Kpi;

/// <summary>
/// <c>cswh kpi</c> against the hand-written dataset, the same on every engine: every code of every report row equals
/// its value recomputed from the raw rows (<see cref="KpiExpected"/>), never from the SQL under test.
/// </summary>
public abstract class KpiBehaviour(KpiWarehouses warehouses)
{
    protected abstract EngineKind Engine { get; }

    private static readonly string[] Slices = ["month", "day", "agent", "channel", "topic"];
    private static readonly DateOnly First = new(2026, 1, 1), Last = new(2026, 4, 30);

    private KpiWarehouse Warehouse => warehouses.For(Engine);

    public static TheoryData<string> Codes() => new(KpiCodes.Reported);

    [SkippableTheory]
    [MemberData(nameof(Codes))]
    public void Every_report_row_of_the_code_equals_its_value_recomputed_from_the_raw_rows(string code)
    {
        var mismatches = new List<string>();
        var compared = 0;
        foreach (var by in Slices)
        {
            var report = Warehouse.Csv(by);
            if (!report.Codes.Contains(code)) continue;
            foreach (var row in report.Rows)
            {
                // Compared at 6 decimals: the report carries every digit, the LINQ recomputation divides in its own order.
                var expected = Text(KpiExpected.Value(code, KpiScope.Of(by, row.Label, First, Last)));
                if (Text(row[code]) != expected) mismatches.Add($"--by {by} '{row.Label}': cswh gave '{row[code]}', the raw rows give '{expected}'");
                compared++;
            }
        }
        Assert.True(compared > 0, $"no report of cswh kpi has a column {code}");
        Assert.True(mismatches.Count == 0, $"{code}:\n{string.Join("\n", mismatches)}");
    }

    [SkippableFact]
    public void Month_csv_has_a_row_per_month_then_the_company_wide_monthly_codes_in_dictionary_order()
    {
        var report = Warehouse.Csv("month");

        Assert.Equal(["2026-01", "2026-02", "2026-03", "2026-04"], report.Rows.Select(r => r.Label));
        Assert.Equal(KpiCodes.Reported.Except(["tickets_by_topic", "topic_rank", "channel_share"]), report.Codes);
    }

    [SkippableFact]
    public void A_ticket_resolved_in_a_later_month_counts_in_its_created_month_cohort_and_in_tickets_resolved_of_its_resolved_month()
    {
        var months = Warehouse.Csv("month");

        // T03: created 20 January on first contact, reopened, resolved 3 February.
        Assert.Equal("2", months.Row("2026-01")["resolved_contact_1"]); // T01 and T03
        Assert.Equal("2", months.Row("2026-01")["tickets_resolved"]); // T01 and T02, not T03
        Assert.Equal("3", months.Row("2026-02")["tickets_resolved"]); // T03, T05 and T06
        Assert.Equal("1", months.Row("2026-02")["resolved_contact_1"]); // T05 (no contacts counts as 1); T03 stays in January
        Assert.Equal("", Warehouse.Csv("day").Row("2026-01-20")["fcr_rate"]); // nothing was resolved that day
        Assert.Equal("0", Warehouse.Csv("day").Row("2026-02-03")["fcr_rate"]); // T03 was reopened
    }

    [SkippableFact]
    public void Empty_denominators_give_an_empty_cell_never_zero()
    {
        var months = Warehouse.Csv("month");

        Assert.Equal("", months.Row("2026-01")["art_seconds"]); // no replies in January
        Assert.Equal("", months.Row("2026-01")["slowest_reply_seconds"]);
        Assert.Equal("", months.Row("2026-02")["asa_seconds"]); // February's one call was abandoned
        Assert.Equal("", months.Row("2026-02")["calls_per_hour"]);
        Assert.Equal("", months.Row("2026-02")["csat_rate"]); // no csat answers in February
        Assert.Equal("", months.Row("2026-03")["nps"]);
        Assert.Equal("", months.Row("2026-04")["fcr_rate"]);
        Assert.Equal("0", months.Row("2026-04")["tickets_created"]); // a count of nothing is 0
        Assert.Equal("", months.Row("2026-03")["support_cost"]); // no cost rows in March
    }

    [SkippableFact]
    public void Nps_of_only_passives_is_zero()
    {
        var february = Warehouse.Csv("month").Row("2026-02");

        Assert.Equal(("2", "0", "0", "0"), (february["passives"], february["promoters"], february["detractors"], february["nps"]));
    }

    [SkippableFact]
    public void A_ces_response_on_a_1_to_5_scale_is_mapped_to_1_to_7()
    {
        var months = Warehouse.Csv("month");

        Assert.Equal("2.5", months.Row("2026-02")["ces_avg"]); // 2 of 5 is 2.5 of 7
        Assert.Equal("0", months.Row("2026-02")["ces_easy_rate"]);
        Assert.Equal("5.75", months.Row("2026-01")["ces_avg"]); // (6 of 7 + 4 of 5 = 5.5 of 7) / 2
        Assert.Equal("1", months.Row("2026-01")["ces_easy_rate"]);
    }

    [SkippableFact]
    public void Rates_for_one_agent_are_recomputed_from_its_components_not_averaged_over_its_months()
    {
        var a1 = Warehouse.Csv("agent").Row("A1");

        Assert.Equal("0.25", a1["fcr_rate"]); // T01 of T01, T03, T06, T10
        Assert.Equal("Nguyễn Văn An", a1["agent_name"]);
        var monthly = new[] { 1, 2, 3 }.Select(m => KpiExpected.Value("fcr_rate", new KpiScope(
            new DateOnly(2026, m, 1), new DateOnly(2026, m, 1).AddMonths(1).AddDays(-1), "agent", "A1"))!.Value).Average();
        Assert.NotEqual(Text(monthly), a1["fcr_rate"]);
    }

    [SkippableFact]
    public void Rates_for_one_channel_are_recomputed_from_its_components_not_averaged_over_its_months()
    {
        var email = Warehouse.Csv("channel").Row("email");

        Assert.Equal("5640", email["avg_first_response_seconds"]); // (1800 + 7200 + 3600 + 14400 + 1200) / 5, not (4500 + 3600 + 7800) / 3
        Assert.Equal("1", email["csat_rate"]); // S05 only; chat has S06 and S07
        Assert.Equal("0.5", Warehouse.Csv("channel").Row("chat")["csat_rate"]);
    }

    /// <summary>A value as the CSV must carry it: invariant, at most 6 decimals, no trailing zeros; null is empty.</summary>
    internal static string Text(string reported) =>
        Text(reported.Length == 0 ? null : decimal.Parse(reported, NumberStyles.Float, CultureInfo.InvariantCulture));

    internal static string Text(decimal? value) =>
        value is { } v ? Math.Round(v, 6, MidpointRounding.AwayFromZero).ToString("0.######", CultureInfo.InvariantCulture) : "";
}

[Collection(KpiCollection.Name)]
public sealed class DuckDbKpiBehaviour(KpiWarehouses warehouses) : KpiBehaviour(warehouses)
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

[Collection(KpiCollection.Name)]
public sealed class PostgresKpiBehaviour(KpiWarehouses warehouses) : KpiBehaviour(warehouses)
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
