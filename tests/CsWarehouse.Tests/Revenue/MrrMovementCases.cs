using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Revenue;

/// <summary>
/// Hand-worked MRR movements, each checked month by month against docs/kpi.md: a customer's MRR for a month is the sum of
/// the periods covering the month's last day (started_on &lt;= last day &lt; ended_on), compared with the month before.
/// </summary>
public abstract class MrrMovementCases
{
    protected abstract EngineKind Engine { get; }

    [SkippableFact]
    public void A_mid_month_upgrade_counts_from_the_first_month_end_it_covers()
    {
        using var warehouse = MrrFact.Load(Engine, """
            subscription_id,customer_id,plan_id,mrr,started_on,ended_on
            S1,C1,basic,100,2026-01-01,2026-02-15
            S1,C1,pro,150,2026-02-15,
            """, new DateOnly(2026, 4, 10));

        var rows = MrrFact.Rows(warehouse.Target, "C1");

        Assert.Equal(["202601 new 100", "202602 expansion 150", "202603 none 150", "202604 none 150"], rows.Select(r => r.Line));
        Assert.Equal((100m, 50m), (rows[1].PreviousMrr, rows[1].MrrChange));
        Assert.Equal(["basic", "pro", "pro", "pro"], rows.Select(r => r.PlanId));
    }

    [SkippableFact]
    public void A_downgrade_is_a_contraction_by_the_difference()
    {
        using var warehouse = MrrFact.Load(Engine, """
            subscription_id,customer_id,plan_id,mrr,started_on,ended_on
            S1,C1,pro,200,2026-01-01,2026-04-01
            S1,C1,basic,120,2026-04-01,
            """, new DateOnly(2026, 5, 20));

        var rows = MrrFact.Rows(warehouse.Target, "C1");

        Assert.Equal(["202601 new 200", "202602 none 200", "202603 none 200", "202604 contraction 120", "202605 none 120"],
            rows.Select(r => r.Line));
        Assert.Equal(-80m, rows[3].MrrChange);
    }

    [SkippableFact]
    public void A_customer_who_cancels_and_returns_three_months_later_is_reactivated_not_new()
    {
        using var warehouse = MrrFact.Load(Engine, """
            subscription_id,customer_id,plan_id,mrr,started_on,ended_on
            S1,C1,basic,100,2026-01-01,2026-03-01
            S2,C1,basic,100,2026-06-01,
            """, new DateOnly(2026, 7, 5));

        var rows = MrrFact.Rows(warehouse.Target, "C1");

        Assert.Equal(
            ["202601 new 100", "202602 none 100", "202603 churn 0", "202604 none 0", "202605 none 0", "202606 reactivation 100", "202607 none 100"],
            rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Equal(202601, r.FirstActiveMonthKey));
        Assert.Equal(-100m, rows[2].MrrChange);
        Assert.Equal("basic", rows[2].PlanId); // the churn row names the plan that was lost
        Assert.Null(rows[3].PlanId);
    }

    [SkippableFact]
    public void Two_subscriptions_of_one_customer_add_up_and_end_in_different_months()
    {
        using var warehouse = MrrFact.Load(Engine, """
            subscription_id,customer_id,plan_id,mrr,started_on,ended_on
            S1,C1,basic,100,2026-01-01,2026-03-01
            S2,C1,addon,50,2026-01-10,2026-05-01
            """, new DateOnly(2026, 9, 1));

        var rows = MrrFact.Rows(warehouse.Target, "C1");

        // The series stops at the churn month even though the as-of month is later.
        Assert.Equal(["202601 new 150", "202602 none 150", "202603 contraction 50", "202604 none 50", "202605 churn 0"],
            rows.Select(r => r.Line));
        Assert.Equal(["basic", "basic", "addon", "addon", "addon"], rows.Select(r => r.PlanId));
    }

    [SkippableFact]
    public void A_subscription_that_starts_and_ends_inside_one_month_never_has_mrr()
    {
        using var warehouse = MrrFact.Load(Engine, """
            subscription_id,customer_id,plan_id,mrr,started_on,ended_on
            S1,C1,basic,100,2026-02-03,2026-02-20
            S2,C2,basic,80,2026-02-01,2026-03-01
            S3,C3,basic,60,2026-02-01,2026-02-28
            """, new DateOnly(2026, 6, 1));

        Assert.Empty(MrrFact.Rows(warehouse.Target, "C1"));
        Assert.Empty(MrrFact.Rows(warehouse.Target, "C3")); // ended_on is exclusive: the last day itself is not covered
        Assert.Equal(["202602 new 80", "202603 churn 0"], MrrFact.Lines(warehouse.Target, "C2"));
        Assert.Equal(80m, WarehouseSnapshot.Scalar<decimal>(warehouse.Target, "select sum(mrr) from dw.fact_customer_mrr"));
    }

    [SkippableFact]
    public void An_open_subscription_runs_to_the_as_of_month_and_a_later_start_waits_for_its_month()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("subscriptions.csv", """
            subscription_id,customer_id,mrr,started_on,ended_on
            S1,C1,40,2026-01-01,
            S2,C2,70,2026-05-01,
            """);
        Assert.True(warehouse.Load(folder.Path, new LoadSettings { AsOf = new DateOnly(2026, 3, 15) }).Succeeded);
        Assert.Equal(["202601 new 40", "202602 none 40", "202603 none 40"], MrrFact.Lines(warehouse.Target, "C1"));
        Assert.Empty(MrrFact.Rows(warehouse.Target, "C2"));

        Assert.True(warehouse.Load(folder.Path, new LoadSettings { AsOf = new DateOnly(2026, 5, 2) }).Succeeded);

        Assert.Equal(["202601 new 40", "202602 none 40", "202603 none 40", "202604 none 40", "202605 none 40"],
            MrrFact.Lines(warehouse.Target, "C1"));
        Assert.Equal(["202605 new 70"], MrrFact.Lines(warehouse.Target, "C2"));
    }
}

public sealed class DuckDbMrrMovementCases : MrrMovementCases
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresMrrMovementCases : MrrMovementCases
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
