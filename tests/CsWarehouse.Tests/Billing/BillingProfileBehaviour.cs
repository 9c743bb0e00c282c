using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Profiles;
using CsWarehouse.Tests.Revenue;
using CsWarehouse.Tests.Support;
using static CsWarehouse.Tests.Billing.BillingExportFixtures;

namespace CsWarehouse.Tests.Billing;

/// <summary>Stripe and Chargebee subscription exports load through their built-in profiles into the periods worked out by hand.</summary>
public abstract class BillingProfileBehaviour
{
    protected abstract EngineKind Engine { get; }

    private static Etl.Loading.LoadOutcome Load(TestWarehouse warehouse, DateOnly asOf, params (string File, string Csv)[] files)
    {
        using var folder = new ExportFolder();
        foreach (var (file, csv) in files) folder.With(file, csv);
        var outcome = warehouse.Load(folder.Path, new LoadSettings { AsOf = asOf });
        Assert.True(outcome.Succeeded && outcome.RowsRejected == 0, outcome.Message ?? string.Join("\n", outcome.Rejections));
        return outcome;
    }

    private static List<string> Periods(TestWarehouse warehouse) =>
        VendorCsv.Lines(WarehouseSnapshot.Query(warehouse.Target,
            "select subscription_id, customer_id, plan_id, mrr, currency, cast(started_on as varchar(10)) as started_on, cast(ended_on as varchar(10)) as ended_on " +
            "from dw.subscription_period order by subscription_id, started_on"));

    [SkippableFact]
    public void Three_kept_stripe_downloads_load_in_one_run_into_the_hand_worked_periods()
    {
        using var warehouse = TestWarehouse.Create(Engine);

        var outcome = Load(warehouse, SnapshotSeries.March, ("fx_rates.csv", SnapshotSeries.FxRates),
            ("subscriptions_2026-03-31.csv", StripeOnMarch()), ("subscriptions_2026-01-31.csv", StripeOnJanuary()),
            ("subscriptions_2026-02-28.csv", StripeOnFebruary()));

        Assert.All(outcome.Files.Where(f => f.File.StartsWith("subscriptions_", StringComparison.Ordinal)),
            f => Assert.Equal("stripe-subscriptions", f.Profile));
        Assert.Equal(
            [
                "S1|C1|basic|50|USD|2026-01-10|2026-02-28",
                "S1|C1|pro|80|USD|2026-02-28|2026-03-15",
                "S2|C2|vnd_basic|500000|VND|2026-01-20|∅",
                "S3|C3|team_yearly|300|USD|2025-12-01|∅",
            ],
            Periods(warehouse));
        Assert.Equal(["202601 new 50", "202602 expansion 80", "202603 churn 0"], MrrFact.Lines(warehouse.Target, "C1"));
        Assert.Equal(["202601 new 20", "202602 none 20", "202603 none 20"], MrrFact.Lines(warehouse.Target, "C2"));
    }

    [SkippableFact]
    public void Two_nightly_chargebee_exports_load_into_the_hand_worked_periods()
    {
        using var warehouse = TestWarehouse.Create(Engine);

        Load(warehouse, new DateOnly(2026, 1, 31), ("Subscriptions.csv", ChargebeeOnJanuary()));
        Load(warehouse, new DateOnly(2026, 2, 28), ("Subscriptions.csv", ChargebeeOnFebruary()));

        // 2 × 25.00 (2500 cents), then 3 seats from the snapshot day; the trial counts from its end; the early
        // cancellation is one period ending on its cancelled_at day.
        Assert.Equal(
            [
                "CB1|K-1|basic|50|USD|2026-01-05|2026-02-28",
                "CB1|K-1|basic|75|USD|2026-02-28|∅",
                "CB2|K-2|pro|99|USD|2026-02-10|∅",
                "CB3|K-3|basic|10|USD|2025-12-01|2026-01-15",
            ],
            Periods(warehouse));
        Assert.Equal(["202601 new 50", "202602 expansion 75"], MrrFact.Lines(warehouse.Target, "K-1"));
        Assert.Equal(["202602 new 99"], MrrFact.Lines(warehouse.Target, "K-2"));
        Assert.Equal(["202512 new 10", "202601 churn 0"], MrrFact.Lines(warehouse.Target, "K-3"));
    }
}

public sealed class DuckDbBillingProfileBehaviour : BillingProfileBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresBillingProfileBehaviour : BillingProfileBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
