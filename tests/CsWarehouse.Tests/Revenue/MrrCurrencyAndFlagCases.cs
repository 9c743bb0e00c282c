using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Revenue;

/// <summary>Hand-worked MRR cases about money and flags: currencies and their rates, premium plans, loyal customers.</summary>
public abstract class MrrCurrencyAndFlagCases
{
    protected abstract EngineKind Engine { get; }

    [SkippableFact]
    public void A_customer_paying_in_eur_converts_each_period_at_the_rate_of_its_start_month()
    {
        using var warehouse = MrrFact.Load(Engine, """
            subscription_id,customer_id,plan_id,mrr,currency,started_on,ended_on
            S1,C1,basic,100,EUR,2026-01-01,2026-03-01
            S1,C1,pro,150,eur,2026-03-01,
            S2,C2,basic,100,,2026-02-01,
            S3,C3,basic,10,EUR,2026-01-01,
            S4,C3,addon,5,USD,2026-01-01,
            """, new DateOnly(2026, 3, 31), ("fx_rates.csv", """
            month,currency,rate
            2026-01,EUR,1.10
            2026-02,EUR,1.20
            2026-03,EUR,1.05
            """));

        var eur = MrrFact.Rows(warehouse.Target, "C1");
        // February keeps January's rate: a period converts at its start month's rate for its whole life.
        Assert.Equal(["202601 new 110", "202602 none 110", "202603 expansion 157.5"], eur.Select(r => r.Line));
        Assert.Equal([("EUR", 100m), ("EUR", 100m), ("EUR", 150m)], eur.Select(r => (r.Currency, r.OriginalMrr)));
        var usd = MrrFact.Rows(warehouse.Target, "C2");
        Assert.Equal([("USD", 100m, 100m), ("USD", 100m, 100m)], usd.Select(r => (r.Currency, r.OriginalMrr, r.Mrr)));
        var mixed = MrrFact.Rows(warehouse.Target, "C3");
        Assert.Equal(["202601 new 16", "202602 none 16", "202603 none 16"], mixed.Select(r => r.Line));
        Assert.All(mixed, r => Assert.Equal((null, null), (r.Currency, r.OriginalMrr)));
    }

    [SkippableFact]
    public void A_period_in_a_currency_without_a_rate_for_its_start_month_is_rejected_with_that_reason()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder()
            .With("fx_rates.csv", "month,currency,rate\n2026-01,EUR,1.10\n")
            .With("subscriptions.csv", """
                subscription_id,customer_id,mrr,currency,started_on
                S1,C1,100,EUR,2026-01-01
                S2,C2,100,EUR,2026-02-01
                """);

        var outcome = warehouse.Load(folder.Path, new LoadSettings { AsOf = new DateOnly(2026, 3, 1), MaxRejectRate = 1 });

        Assert.True(outcome.Succeeded, outcome.Message);
        var rejection = Assert.Single(outcome.Rejections);
        Assert.Equal(("subscriptions.csv", 3L, "currency", "EUR"), (rejection.File, rejection.LineNumber, rejection.Column, rejection.Value));
        Assert.Contains("no exchange rate to USD for 2026-02", rejection.Reason);
        Assert.Empty(MrrFact.Rows(warehouse.Target, "C2"));
        Assert.Equal(["202601 new 110", "202602 none 110", "202603 none 110"], MrrFact.Lines(warehouse.Target, "C1"));
    }

    [SkippableFact]
    public void A_corrected_rate_reconverts_the_periods_and_costs_of_its_month_only()
    {
        var february = new LoadSettings { AsOf = new DateOnly(2026, 2, 10) };
        using var warehouse = MrrFact.Load(Engine, """
            subscription_id,customer_id,mrr,currency,started_on,ended_on
            S1,C1,100,EUR,2026-01-01,
            S2,C2,100,EUR,2026-02-01,
            """, february.AsOf!.Value,
            ("fx_rates.csv", "month,currency,rate\n2026-01,EUR,1.10\n2026-02,EUR,1.20\n"),
            ("support_costs.csv", "month,category,amount,currency\n2026-01,tools,1000,EUR\n2026-02,tools,1000,EUR\n"));

        using (var corrected = new ExportFolder().With("fx_rates.csv", "month,currency,rate\n2026-01,eur,1.15\n"))
            Assert.True(warehouse.Load(corrected.Path, february).Succeeded);

        Assert.Equal(["202601 new 115", "202602 none 115"], MrrFact.Lines(warehouse.Target, "C1"));
        Assert.Equal([("202602 new 120", 1)], MrrFact.Rows(warehouse.Target, "C2").Select(r => (r.Line, r.RunId)));
        var costs = WarehouseSnapshot.Query(warehouse.Target, "select amount from dw.fact_support_cost order by month_key").Select(r => Convert.ToDecimal(r["amount"]));
        Assert.Equal([1150m, 1200m], costs);
        Assert.Equal(1.15m, WarehouseSnapshot.Scalar<decimal>(warehouse.Target, "select rate from dw.fx_rate where month_key = 202601"));
    }

    /// <summary>
    /// 1 EUR at 1.23465 is 1.2347 rounded half away from zero (1.2346 rounded half to even); the reporting currency
    /// converts at 1 even when fx_rates.csv gives it another rate, as the check that accepts the row assumes.
    /// </summary>
    [SkippableFact]
    public void Money_converts_at_four_decimals_rounding_half_away_from_zero_and_the_reporting_currency_at_one()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder()
            .With("fx_rates.csv", "month,currency,rate\n2026-01,EUR,1.23465\n2026-01,USD,1.5\n")
            .With("subscriptions.csv", "subscription_id,customer_id,mrr,currency,started_on\nS1,C1,1,EUR,2026-01-01\nS2,C2,100,USD,2026-01-01\n")
            .With("support_costs.csv", "month,category,amount,currency\n2026-01,tools,1,EUR\n2026-01,salaries,100,\n");

        var outcome = warehouse.Load(folder.Path, new LoadSettings { AsOf = new DateOnly(2026, 1, 31) });

        Assert.True(outcome.Succeeded && outcome.RowsRejected == 0, outcome.Message);
        var periods = WarehouseSnapshot.Query(warehouse.Target, "select subscription_id, fx_rate, reporting_mrr from dw.subscription_period order by subscription_id")
            .Select(r => ((string)r["subscription_id"]!, Convert.ToDecimal(r["fx_rate"]), Convert.ToDecimal(r["reporting_mrr"])));
        Assert.Equal([("S1", 1.23465m, 1.2347m), ("S2", 1m, 100m)], periods);
        var costs = WarehouseSnapshot.Query(warehouse.Target, "select category, fx_rate, amount from dw.fact_support_cost order by category")
            .Select(r => ((string)r["category"]!, Convert.ToDecimal(r["fx_rate"]), Convert.ToDecimal(r["amount"])));
        Assert.Equal([("salaries", 1m, 100m), ("tools", 1.23465m, 1.2347m)], costs);
    }

    [SkippableFact]
    public void Premium_follows_the_plan_and_loyal_starts_twelve_months_after_the_first_active_month()
    {
        using var warehouse = MrrFact.Load(Engine, """
            subscription_id,customer_id,plan_id,mrr,started_on,ended_on
            S1,C1,basic,50,2025-01-01,2025-07-01
            S1,C1,premium,90,2025-07-01,2026-03-01
            """, new DateOnly(2026, 6, 1), ("plans.csv", """
            plan_id,plan_name,tier,is_premium
            basic,Basic,basic,false
            premium,Premium,premium,true
            """));

        var rows = MrrFact.Rows(warehouse.Target, "C1");

        Assert.Equal(15, rows.Count); // 2025-01 to 2026-02 active, 2026-03 churn
        Assert.Equal(Enumerable.Repeat(0, 6).Concat(Enumerable.Repeat(1, 8)).Append(0), rows.Select(r => r.IsPremium));
        Assert.Equal(Enumerable.Repeat(0, 12).Concat([1, 1, 0]), rows.Select(r => r.IsLoyal));
        Assert.Equal("202603 churn 0", rows[^1].Line);
    }
}

public sealed class DuckDbMrrCurrencyAndFlagCases : MrrCurrencyAndFlagCases
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresMrrCurrencyAndFlagCases : MrrCurrencyAndFlagCases
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
