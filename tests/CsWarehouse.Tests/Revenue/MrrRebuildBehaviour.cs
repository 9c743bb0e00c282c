using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Revenue;

/// <summary>
/// Subscription periods are kept in dw.subscription_period; a load rebuilds the months of the customers whose periods it
/// changed (or whose months move with the as-of month) and leaves every other customer's rows as they were.
/// </summary>
public abstract class MrrRebuildBehaviour
{
    protected abstract EngineKind Engine { get; }

    private static readonly LoadSettings May = new() { AsOf = new DateOnly(2026, 5, 10) };

    private const string Subscriptions = """
        subscription_id,customer_id,plan_id,mrr,started_on,ended_on
        A1,CA,basic,100,2026-01-01,2026-04-01
        B1,CB,basic,50,2026-01-01,2026-03-01
        B1,CB,pro,80,2026-03-01,
        C1,CC,basic,30,2026-02-01,
        """;

    private TestWarehouse Loaded()
    {
        var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("subscriptions.csv", Subscriptions);
        Assert.True(warehouse.Load(folder.Path, May).Succeeded);
        return warehouse;
    }

    private static void Load(TestWarehouse warehouse, string subscriptions, LoadSettings settings)
    {
        using var folder = new ExportFolder().With("subscriptions.csv", subscriptions);
        var outcome = warehouse.Load(folder.Path, settings);
        Assert.True(outcome.Succeeded, outcome.Message);
    }

    [SkippableFact]
    public void Loading_the_same_subscriptions_again_changes_nothing()
    {
        using var warehouse = Loaded();
        var first = WarehouseSnapshot.Content(warehouse.Target, "dw");

        Load(warehouse, Subscriptions, May);

        Assert.Equal(first, WarehouseSnapshot.Content(warehouse.Target, "dw"));
        Assert.Contains("(13 rows)", first.Split('\n').Single(l => l.StartsWith("## dw.fact_customer_mrr ", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public void A_changed_period_rebuilds_only_that_customers_months()
    {
        using var warehouse = Loaded();
        var before = MrrFact.Rows(warehouse.Target);

        Load(warehouse, "subscription_id,customer_id,plan_id,mrr,started_on,ended_on\nB1,CB,pro,90,2026-03-01,\n", May);

        var after = MrrFact.Rows(warehouse.Target);
        Assert.Equal(before.Where(r => r.CustomerId != "CB"), after.Where(r => r.CustomerId != "CB"));
        var rebuilt = after.Where(r => r.CustomerId == "CB").ToList();
        Assert.Equal(["202601 new 50", "202602 none 50", "202603 expansion 90", "202604 none 90", "202605 none 90"], rebuilt.Select(r => r.Line));
        Assert.All(rebuilt, r => Assert.Equal(2, r.RunId));
        Assert.All(after.Where(r => r.CustomerId != "CB"), r => Assert.Equal(1, r.RunId));
        Assert.Equal(4L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.subscription_period"));
    }

    [SkippableFact]
    public void A_period_moved_to_another_customer_rebuilds_both_customers()
    {
        using var warehouse = Loaded();

        Load(warehouse, "subscription_id,customer_id,plan_id,mrr,started_on,ended_on\nC1,CD,basic,30,2026-02-01,\n", May);

        Assert.Empty(MrrFact.Rows(warehouse.Target, "CC"));
        Assert.Equal(["202602 new 30", "202603 none 30", "202604 none 30", "202605 none 30"], MrrFact.Lines(warehouse.Target, "CD"));
    }

    [SkippableFact]
    public void A_new_as_of_month_adds_a_month_to_active_customers_and_leaves_churned_ones_alone()
    {
        using var warehouse = Loaded();
        var churned = MrrFact.Rows(warehouse.Target, "CA");

        Load(warehouse, Subscriptions, new LoadSettings { AsOf = new DateOnly(2026, 6, 3) });

        Assert.Equal(churned, MrrFact.Rows(warehouse.Target, "CA"));
        Assert.Equal("202606 none 80", MrrFact.Rows(warehouse.Target, "CB")[^1].Line);
        Assert.Equal("202606 none 30", MrrFact.Rows(warehouse.Target, "CC")[^1].Line);
    }

    [SkippableFact]
    public void A_plan_that_becomes_premium_rebuilds_only_the_customers_on_it()
    {
        using var warehouse = Loaded();
        Assert.All(MrrFact.Rows(warehouse.Target), r => Assert.Equal(0, r.IsPremium)); // pro is an inferred plan: not premium
        const string plans = "plan_id,plan_name,tier,is_premium\npro,Pro,premium,true\n";

        using (var folder = new ExportFolder().With("plans.csv", plans))
            Assert.True(warehouse.Load(folder.Path, May).Succeeded);

        var rows = MrrFact.Rows(warehouse.Target);
        Assert.Equal([0, 0, 1, 1, 1], rows.Where(r => r.CustomerId == "CB").Select(r => r.IsPremium));
        Assert.All(rows, r => Assert.Equal(r.CustomerId == "CB" ? 2 : 1, r.RunId));
        var after = WarehouseSnapshot.Content(warehouse.Target, "dw");
        using (var again = new ExportFolder().With("plans.csv", plans))
            Assert.True(warehouse.Load(again.Path, May).Succeeded);
        Assert.Equal(after, WarehouseSnapshot.Content(warehouse.Target, "dw"));
    }

    [SkippableFact]
    public void A_load_without_subscriptions_keeps_the_mrr_months()
    {
        using var warehouse = Loaded();
        var before = WarehouseSnapshot.Content(warehouse.Target, "dw");

        using (var folder = new ExportFolder().With("targets.csv", "kpi,month,value\ncost_per_ticket,,12\n"))
            Assert.True(warehouse.Load(folder.Path, May).Succeeded);

        var after = WarehouseSnapshot.Content(warehouse.Target, "dw");
        Assert.Equal(Table(before, "dw.fact_customer_mrr"), Table(after, "dw.fact_customer_mrr"));
        Assert.Equal(Table(before, "dw.subscription_period"), Table(after, "dw.subscription_period"));
    }

    [SkippableFact]
    public void A_load_without_subscriptions_in_a_new_year_adds_the_year_to_the_date_table_and_the_month_to_the_fact()
    {
        using var warehouse = Loaded();
        const string days2027 = "select count(*) from dw.dim_date where date_key between 20270101 and 20271231";
        Assert.Equal(0L, WarehouseSnapshot.Scalar<long>(warehouse.Target, days2027));

        // Nothing staged names 2027: only the periods already held and the as-of day do.
        using (var folder = new ExportFolder().With("targets.csv", "kpi,month,value\ncost_per_ticket,,12\n"))
        {
            var outcome = warehouse.Load(folder.Path, new LoadSettings { AsOf = new DateOnly(2027, 1, 5) });
            Assert.True(outcome.Succeeded, outcome.Message);
        }

        Assert.Equal(365L, WarehouseSnapshot.Scalar<long>(warehouse.Target, days2027));
        Assert.Equal("202701 none 80", MrrFact.Rows(warehouse.Target, "CB")[^1].Line);
        Assert.Equal("202701 none 30", MrrFact.Rows(warehouse.Target, "CC")[^1].Line);
    }

    private static string Table(string content, string table) =>
        string.Join("\n", content.Split('\n').SkipWhile(l => !l.StartsWith($"## {table} ", StringComparison.Ordinal))
            .TakeWhile((l, i) => i == 0 || !l.StartsWith("## ", StringComparison.Ordinal)));
}

public sealed class DuckDbMrrRebuildBehaviour : MrrRebuildBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresMrrRebuildBehaviour : MrrRebuildBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
