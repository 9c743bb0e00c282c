using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Revenue;

/// <summary>The dbt mrr-playbook seed, what its rules give, worked out without the warehouse.</summary>
public static class PlaybookSeed
{
    /// <summary>
    /// The seed as the public dbt-labs/mrr-playbook project ships it (data/subscription_periods.csv), read from the
    /// shared datasets folder beside the repository: it is someone else's file and is not copied into ours.
    /// </summary>
    public static string PeriodsCsv => RepositoryPaths.RequireShared(Path.Combine("datasets", "dbt-mrr-playbook", "subscription_periods.csv"),
        "the dbt mrr-playbook seed (github.com/dbt-labs/mrr-playbook, data/subscription_periods.csv)");

    /// <summary>
    /// Movements over the seed's 417 customer-months (for each customer, the months from the first start to the last end,
    /// plus the churn month). Counted from the periods, not from any SQL: each of the 55 customers is new once; 3 come
    /// back after a gap (customers 1, 5 and 10), so 3 reactivations and 55 + 3 = 58 churns; where one period ends the day
    /// the next begins, 30 boundaries raise the amount (upgrade = expansion) and 27 lower it (downgrade = contraction);
    /// the other 417 - 55 - 3 - 58 - 30 - 27 = 244 months are none. <see cref="PlaybookReference"/> reproduces them.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> ExpectedCounts = new Dictionary<string, int>
    {
        ["new"] = 55, ["reactivation"] = 3, ["expansion"] = 30, ["contraction"] = 27, ["churn"] = 58, ["none"] = 244,
    };

    /// <summary>Σ MRR change per movement (contraction and churn as positive decreases); everyone has churned by 2020-02.</summary>
    public static readonly IReadOnlyDictionary<string, decimal> ExpectedAmounts = new Dictionary<string, decimal>
    {
        ["new"] = 2295, ["reactivation"] = 150, ["expansion"] = 660, ["contraction"] = 555, ["churn"] = 2550,
    };

    /// <summary>The seed mapped onto subscriptions.csv: monthly_amount is mrr, start/end_date are started_on/ended_on.</summary>
    public static string AsSubscriptionsCsv() =>
        "subscription_id,customer_id,mrr,started_on,ended_on\n" + string.Join("\n",
            File.ReadAllLines(PeriodsCsv).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
                .Select(f => $"{f[0]},{f[1]},{f[4]},{f[2]},{f[3]}")) + "\n";
}

/// <summary>The port of the playbook's rules gives the counts stated for the seed.</summary>
public sealed class PlaybookReferenceTests
{
    [SkippableFact]
    public void The_playbook_rules_give_the_stated_movement_counts_and_amounts_on_its_seed()
    {
        var months = PlaybookReference.Classify(PlaybookReference.Read(PlaybookSeed.PeriodsCsv));

        var counts = months.GroupBy(m => PlaybookReference.OurMovement(m.ChangeCategory)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(PlaybookSeed.ExpectedCounts.OrderBy(kv => kv.Key), counts.OrderBy(kv => kv.Key));
        var amounts = months.Where(m => m.ChangeCategory is not null)
            .GroupBy(m => PlaybookReference.OurMovement(m.ChangeCategory))
            .ToDictionary(g => g.Key, g => Math.Abs(g.Sum(m => m.Mrr - m.PreviousMrr)));
        Assert.Equal(PlaybookSeed.ExpectedAmounts.OrderBy(kv => kv.Key), amounts.OrderBy(kv => kv.Key));
    }
}
