using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Revenue;

/// <summary>dw.fact_support_cost, dw.kpi_target and kpi.support_monthly: money in the reporting currency, targets with a default.</summary>
public abstract class SupportMonthlyBehaviour
{
    protected abstract EngineKind Engine { get; }

    private static readonly LoadSettings March = new() { AsOf = new DateOnly(2026, 3, 20) };

    private TestWarehouse Loaded(string? targets = null) => TestWarehouse.CreateLoaded(Engine, March,
    [
        ("fx_rates.csv", "month,currency,rate\n2026-01,EUR,1.10\n2026-02,EUR,1.20\n"),
        ("support_costs.csv", """
            month,category,team,amount,currency
            2026-01,salaries,Tier 1,1000,EUR
            2026-02,salaries,Tier 1,1000,EUR
            2026-02,tools,,50,
            """),
        ("subscriptions.csv", "subscription_id,customer_id,mrr,started_on,ended_on\nS1,C1,500,2026-01-01,\nS2,C2,300,2026-02-01,\n"),
        ("tickets.csv", """
            ticket_id,created_at,channel
            T1,2026-01-10T09:00:00Z,email
            T2,2026-02-11T09:00:00Z,email
            T3,2026-03-01T09:00:00Z,chat
            T4,2026-03-02T09:00:00Z,chat
            """),
        .. targets is null ? [] : new[] { ("targets.csv", targets) },
    ]);

    private static List<(int Month, decimal? Revenue, decimal? Cost, long Tickets, decimal? Target)> Months(TestWarehouse warehouse) =>
        WarehouseSnapshot.Query(warehouse.Target, "select * from kpi.support_monthly order by month_key")
            .Select(r => (Convert.ToInt32(r["month_key"]), Decimal(r["revenue"]), Decimal(r["support_cost"]),
                Convert.ToInt64(r["tickets_created"]), Decimal(r["cost_per_ticket_target"])))
            .ToList();

    private static decimal? Decimal(object? value) => value is null ? null : Convert.ToDecimal(value);

    [SkippableFact]
    public void Support_costs_in_another_currency_convert_at_their_months_rate()
    {
        using var warehouse = Loaded();

        var costs = WarehouseSnapshot.Query(warehouse.Target,
                "select month_key, month_date_key, category, team, amount, original_amount, currency from dw.fact_support_cost order by month_key, category")
            .Select(r => (Convert.ToInt32(r["month_key"]), Convert.ToInt32(r["month_date_key"]), (string)r["category"]!, (string?)r["team"],
                Convert.ToDecimal(r["amount"]), Convert.ToDecimal(r["original_amount"]), (string)r["currency"]!));

        Assert.Equal(
        [
            (202601, 20260101, "salaries", "Tier 1", 1100m, 1000m, "EUR"),
            (202602, 20260201, "salaries", "Tier 1", 1200m, 1000m, "EUR"),
            (202602, 20260201, "tools", null, 50m, 50m, "USD"),
        ], costs);
    }

    [SkippableFact]
    public void Support_monthly_has_revenue_costs_and_tickets_per_month_and_no_cost_where_a_month_has_no_cost_rows()
    {
        using var warehouse = Loaded();

        Assert.Equal(
        [
            (202601, 500m, 1100m, 1L, null),
            (202602, 800m, 1250m, 1L, null),
            (202603, 800m, null, 2L, null),
        ], Months(warehouse));
    }

    [SkippableFact]
    public void A_months_own_target_wins_over_the_default_which_fills_the_other_months()
    {
        using var warehouse = Loaded("kpi,month,value\ncost_per_ticket,,12\ncost_per_ticket,2026-02,9.5\nfcr_rate,2026-01,0.8\n");

        Assert.Equal([12m, 9.5m, 12m], Months(warehouse).Select(m => m.Target));
        Assert.Equal(3L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.kpi_target"));
    }

    [SkippableFact]
    public void A_newer_export_replaces_a_cost_row_and_a_target_row_by_their_keys()
    {
        using var warehouse = Loaded("kpi,month,value\ncost_per_ticket,,12\n");
        using (var newer = new ExportFolder()
                   .With("support_costs.csv", "month,category,team,amount\n2026-02,tools,,80\n")
                   .With("targets.csv", "kpi,month,value\ncost_per_ticket,,15\n"))
            Assert.True(warehouse.Load(newer.Path, March).Succeeded);

        Assert.Equal([(1100m, 15m), (1280m, 15m), (null, 15m)], Months(warehouse).Select(m => (m.Cost, m.Target)));
        Assert.Equal(3L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_support_cost"));
    }
}

public sealed class DuckDbSupportMonthlyBehaviour : SupportMonthlyBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresSupportMonthlyBehaviour : SupportMonthlyBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
