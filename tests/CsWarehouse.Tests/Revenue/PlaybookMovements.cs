using System.Globalization;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Migrations;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.Revenue;

/// <summary>
/// The acceptance test of dw.fact_customer_mrr: the playbook seed, loaded as subscriptions.csv, gets month by month and
/// customer by customer the movement the playbook's own logic gives, without its 2018 start cut-off.
/// </summary>
public abstract class PlaybookMovements
{
    protected abstract EngineKind Engine { get; }

    private TestWarehouse LoadedSeed() =>
        TestWarehouse.CreateLoaded(Engine, new LoadSettings { AsOf = new DateOnly(2021, 1, 1) }, ("subscriptions.csv", PlaybookSeed.AsSubscriptionsCsv()));

    [SkippableFact]
    public void Every_customer_month_of_the_seed_gets_the_playbooks_movement()
    {
        using var warehouse = LoadedSeed();

        var ours = MrrFact.Rows(warehouse.Target)
            .ToDictionary(r => (r.CustomerId, r.MonthKey), r => $"{r.Movement} {r.Mrr:0.##} from {r.PreviousMrr:0.##}");
        var theirs = PlaybookReference.Classify(PlaybookReference.Read(PlaybookSeed.PeriodsCsv))
            .ToDictionary(m => (m.CustomerId, m.DateMonth.Year * 100 + m.DateMonth.Month),
                m => $"{PlaybookReference.OurMovement(m.ChangeCategory)} {m.Mrr:0.##} from {m.PreviousMrr:0.##}");

        var differences = theirs.Keys.Union(ours.Keys).OrderBy(k => int.Parse(k.CustomerId, CultureInfo.InvariantCulture)).ThenBy(k => k.Item2)
            .Where(k => ours.GetValueOrDefault(k) != theirs.GetValueOrDefault(k))
            .Select(k => $"customer {k.CustomerId} {k.Item2}: playbook {theirs.GetValueOrDefault(k) ?? "(no row)"}, warehouse {ours.GetValueOrDefault(k) ?? "(no row)"}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        var counts = ours.Values.GroupBy(v => v.Split(' ')[0]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(PlaybookSeed.ExpectedCounts.OrderBy(kv => kv.Key), counts.OrderBy(kv => kv.Key));
        Assert.Contains(ours.Keys, k => k == ("2", 201709)); // the months before 2018 are kept
    }

    [SkippableFact]
    public void Retention_monthly_balances_every_month_and_adds_up_to_the_stated_amounts()
    {
        using var warehouse = LoadedSeed();

        var months = WarehouseSnapshot.Query(warehouse.Target, "select * from kpi.retention_monthly order by month_key");

        Assert.Equal(201709, Convert.ToInt32(months[0]["month_key"]));
        Assert.Equal(202002, Convert.ToInt32(months[^1]["month_key"]));
        decimal D(IDictionary<string, object?> row, string column) => Convert.ToDecimal(row[column]);
        var previous = 0m;
        foreach (var m in months)
        {
            Assert.Equal(previous, D(m, "mrr_start"));
            Assert.Equal(D(m, "mrr"), D(m, "mrr_start") + D(m, "new_mrr") + D(m, "reactivation_mrr") + D(m, "expansion_mrr")
                                      - D(m, "contraction_mrr") - D(m, "churned_mrr"));
            Assert.Equal(D(m, "mrr") - D(m, "mrr_start"), D(m, "net_new_mrr"));
            previous = D(m, "mrr");
        }
        Assert.Equal(PlaybookSeed.ExpectedAmounts["new"], months.Sum(m => D(m, "new_mrr")));
        Assert.Equal(PlaybookSeed.ExpectedAmounts["reactivation"], months.Sum(m => D(m, "reactivation_mrr")));
        Assert.Equal(PlaybookSeed.ExpectedAmounts["expansion"], months.Sum(m => D(m, "expansion_mrr")));
        Assert.Equal(PlaybookSeed.ExpectedAmounts["contraction"], months.Sum(m => D(m, "contraction_mrr")));
        Assert.Equal(PlaybookSeed.ExpectedAmounts["churn"], months.Sum(m => D(m, "churned_mrr")));
        Assert.Equal(PlaybookSeed.ExpectedCounts["new"], months.Sum(m => Convert.ToInt32(m["new_customers"])));
        Assert.Equal(PlaybookSeed.ExpectedCounts["reactivation"], months.Sum(m => Convert.ToInt32(m["reactivated_customers"])));
        Assert.Equal(PlaybookSeed.ExpectedCounts["churn"], months.Sum(m => Convert.ToInt32(m["churned_customers"])));
        Assert.Equal(PlaybookSeed.ExpectedCounts["contraction"], months.Sum(m => Convert.ToInt32(m["downgraded_customers"])));
        // 2017-12 has no customer at all: the view still has the month, with zeros.
        var december = months.Single(m => Convert.ToInt32(m["month_key"]) == 201712);
        Assert.Equal((0m, 0L), (D(december, "mrr"), Convert.ToInt64(december["customers_end"])));
    }

    [SkippableFact]
    public void The_mrr_data_tests_find_nothing_on_the_seed()
    {
        using var warehouse = LoadedSeed();

        var checks = DataTest.Checks(warehouse.Target)
            .Where(c => c.Name.StartsWith("fact_customer_mrr", StringComparison.Ordinal)
                        || c.Name.StartsWith("mrr_", StringComparison.Ordinal)
                        || c.Name.StartsWith("subscription_period", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(checks, c => c.Name == "mrr_bridge_does_not_balance");
        Assert.Contains(checks, c => c.Name == "fact_customer_mrr_orphan_plan_key");
        Assert.All(checks, c => Assert.Empty(DataTest.Run(warehouse.Target, c.Name)));
    }

    [SkippableFact]
    public void The_mrr_data_tests_catch_planted_problems()
    {
        using var warehouse = LoadedSeed();
        (string Customer, int Month) gap;
        using (var engine = WarehouseEngines.Open(warehouse.Target))
        {
            engine.Connection.Execute("update dw.fact_customer_mrr set mrr = mrr + 1 where customer_id = '17' and month_key = 201907");
            engine.Connection.Execute("update dw.fact_customer_mrr set movement = 'none' where customer_id = '5' and month_key = 201907");
            engine.Connection.Execute("insert into dw.fact_customer_mrr select * from dw.fact_customer_mrr where customer_id = '1' and month_key = 201903");
            // A month missing in the middle: the month after it no longer has its month before, and must not take
            // the row two months back for it.
            gap = engine.Connection.QueryFirst<(string Customer, int Month)>(
                "select customer_id, month_key from dw.fact_customer_mrr where movement = 'none' and mrr > 0 " +
                "and customer_id not in ('1', '5', '17') order by customer_id, month_key");
            engine.Connection.Execute(
                $"delete from dw.fact_customer_mrr where customer_id = '{gap.Customer}' and month_key = " +
                $"(select max(month_key) from dw.fact_customer_mrr where customer_id = '{gap.Customer}' and month_key < {gap.Month})");
        }

        Assert.Contains(DataTest.Run(warehouse.Target, "mrr_bridge_does_not_balance.sql"), r => Equals(r["customer_id"], "17"));
        Assert.Contains(DataTest.Run(warehouse.Target, "mrr_bridge_does_not_balance.sql"), r => Equals(r["grain"], "month"));
        Assert.Contains(DataTest.Run(warehouse.Target, "mrr_bridge_does_not_balance.sql"),
            r => Equals(r["customer_id"], gap.Customer) && Convert.ToInt32(r["month_key"]) == gap.Month);
        Assert.Contains(DataTest.Run(warehouse.Target, "fact_customer_mrr_movement_inconsistent.sql"), r => Equals(r["customer_id"], "5"));
        Assert.Single(DataTest.Run(warehouse.Target, "fact_customer_mrr_duplicate_customer_month.sql"));
    }
}

public sealed class DuckDbPlaybookMovements : PlaybookMovements
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresPlaybookMovements : PlaybookMovements
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
