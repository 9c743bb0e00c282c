using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Revenue;
using CsWarehouse.Tests.Support;
using static CsWarehouse.Tests.Billing.SnapshotSeries;

namespace CsWarehouse.Tests.Billing;

/// <summary>
/// Subscription snapshots build the period history night after night: the MRR fact they give is the one of the
/// equivalent hand-written periods, and a replayed or older snapshot changes nothing.
/// </summary>
public abstract class SnapshotHistoryBehaviour
{
    protected abstract EngineKind Engine { get; }

    private static LoadSettings AsOf(DateOnly day) => new() { AsOf = day };

    private TestWarehouse ThreeNights()
    {
        var warehouse = TestWarehouse.Create(Engine);
        Load(warehouse, AsOf(January), ("fx_rates.csv", FxRates), ("subscription_snapshots.csv", OnJanuary));
        Load(warehouse, AsOf(February), ("subscription_snapshots.csv", OnFebruary));
        Load(warehouse, AsOf(March), ("subscription_snapshots.csv", OnMarch));
        return warehouse;
    }

    private static Etl.Loading.LoadOutcome Load(TestWarehouse warehouse, LoadSettings settings, params (string File, string Csv)[] files)
    {
        using var folder = new ExportFolder();
        foreach (var (file, csv) in files) folder.With(file, csv);
        var outcome = warehouse.Load(folder.Path, settings);
        Assert.True(outcome.Succeeded && outcome.RowsRejected == 0, outcome.Message ?? string.Join("\n", outcome.Rejections));
        return outcome;
    }

    private static List<string> PeriodsIn(TestWarehouse warehouse) =>
        WarehouseSnapshot.Query(warehouse.Target,
                "select subscription_id, customer_id, plan_id, mrr, currency, started_on, ended_on from dw.subscription_period order by subscription_id, started_on")
            .Select(r => string.Join(",", r.Values.Select(Text)))
            .ToList();

    private static string Text(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static IEnumerable<MrrRow> WithoutRun(IEnumerable<MrrRow> rows) => rows.Select(r => r with { RunId = 0 });

    [SkippableFact]
    public void Three_nightly_snapshots_give_the_periods_written_by_hand()
    {
        using var warehouse = ThreeNights();

        Assert.Equal(SnapshotSeries.Periods.ReplaceLineEndings("\n").Split('\n').Skip(1), PeriodsIn(warehouse));
    }

    [SkippableFact]
    public void Three_nightly_snapshots_give_the_mrr_fact_of_the_equivalent_subscriptions_file()
    {
        using var fromSnapshots = ThreeNights();
        using var byHand = MrrFact.Load(Engine, SnapshotSeries.Periods, March, ("fx_rates.csv", FxRates));

        var rows = MrrFact.Rows(fromSnapshots.Target);
        Assert.Equal(WithoutRun(MrrFact.Rows(byHand.Target)), WithoutRun(rows));
        // Worked by hand: the upgrade shows as expansion in February, the cancellation as churn in March.
        Assert.Equal(["202601 new 50", "202602 expansion 80", "202603 churn 0"], MrrFact.Lines(fromSnapshots.Target, "C1"));
        Assert.Equal(["202601 new 20", "202602 none 20", "202603 none 20"], MrrFact.Lines(fromSnapshots.Target, "C2"));
        Assert.Equal(["202512 new 300", "202601 none 300", "202602 none 300", "202603 none 300"], MrrFact.Lines(fromSnapshots.Target, "C3"));
    }

    [SkippableFact]
    public void Replaying_the_latest_snapshot_changes_nothing()
    {
        using var warehouse = ThreeNights();
        var before = WarehouseSnapshot.Content(warehouse.Target, "dw");

        var outcome = Load(warehouse, AsOf(March), ("subscription_snapshots.csv", OnMarch));

        Assert.Equal(before, WarehouseSnapshot.Content(warehouse.Target, "dw"));
        Assert.Empty(outcome.Warnings);
    }

    [SkippableFact]
    public void An_older_snapshot_after_a_newer_one_changes_nothing_and_each_row_is_reported()
    {
        using var warehouse = ThreeNights();
        var before = WarehouseSnapshot.Content(warehouse.Target, "dw");

        var outcome = Load(warehouse, AsOf(March), ("subscriptions_2026-01-31.csv", OnJanuary));

        Assert.Equal(before, WarehouseSnapshot.Content(warehouse.Target, "dw"));
        var older = outcome.Warnings.Where(w => w.File == "subscriptions_2026-01-31.csv").ToList();
        Assert.Equal([2L, 3L, 4L], older.Select(w => w.LineNumber ?? 0));
        Assert.All(older, w => Assert.Contains("older than the one of 2026-03-31 already loaded; skipped", w.Message));
    }

    [SkippableFact]
    public void A_subscription_missing_from_a_later_snapshot_is_reported_and_not_counted_as_churn()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        Load(warehouse, AsOf(January), ("fx_rates.csv", FxRates), ("subscription_snapshots.csv", OnJanuary));
        var withoutS2 = string.Join("\n", OnFebruary.ReplaceLineEndings("\n").Split('\n').Where(l => !l.StartsWith("S2,", StringComparison.Ordinal)));

        var outcome = Load(warehouse, AsOf(February), ("subscription_snapshots.csv", withoutS2));

        var missing = Assert.Single(outcome.Warnings);
        Assert.Equal("subscription_snapshots.csv", missing.File);
        Assert.Contains("subscription S2, open when last seen on 2026-01-31, is missing from this snapshot of 2026-02-28", missing.Message);
        Assert.Equal(["202601 new 20", "202602 none 20"], MrrFact.Lines(warehouse.Target, "C2"));
    }

    [SkippableFact]
    public void One_run_over_dated_snapshot_files_loads_them_in_date_order_as_three_nights_would()
    {
        using var nightly = ThreeNights();
        using var backfilled = TestWarehouse.Create(Engine);

        // Named so that file-name order is not date order: the dates decide.
        var outcome = Load(backfilled, AsOf(March), ("fx_rates.csv", FxRates), ("subscriptions_2026-02-28.csv", OnFebruary),
            ("subscription_snapshots_2026-03-31.csv", OnMarch), ("subscriptions_2026-01-31.csv", OnJanuary));

        Assert.Equal(PeriodsIn(nightly), PeriodsIn(backfilled));
        Assert.Equal(WithoutRun(MrrFact.Rows(nightly.Target)), WithoutRun(MrrFact.Rows(backfilled.Target)));
        Assert.Equal(4, outcome.Files.Count);
        Assert.Empty(outcome.Warnings);
    }

    [SkippableFact]
    public void Bad_snapshot_rows_are_rejected_with_their_place_and_the_history_is_kept()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        Load(warehouse, AsOf(January), ("fx_rates.csv", FxRates), ("subscription_snapshots.csv", OnJanuary));
        var periods = PeriodsIn(warehouse);
        const string bad = $"""
            {Header}
            S1,C1,pro,active,usd,-40,2,month,major,2026-01-10,,,
            S2,C2,vnd_basic,active,vnd,500000,1,fortnight,minor,2026-01-05,2026-01-20,,
            S3,C3,team_yearly,canceled,usd,1200,3,year,major,2025-12-01,,2025-11-30,2025-11-30
            """;

        using var folder = new ExportFolder().With("subscriptions_2026-02-28.csv", bad);
        var outcome = warehouse.Load(folder.Path, new LoadSettings { AsOf = February, MaxRejectRate = 1 });

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(
            [
                "subscriptions_2026-02-28.csv:2 unit_amount: must be at least 0",
                "subscriptions_2026-02-28.csv:3 billing_interval: must be one of day, week, month, year",
                "subscriptions_2026-02-28.csv:4 ended_on: is before started_on (2025-12-01): a subscription cannot end before it starts",
            ],
            outcome.Rejections.Select(r => $"{r.File}:{r.LineNumber} {r.Column}: {r.Reason}"));
        Assert.Equal(periods, PeriodsIn(warehouse));
        Assert.Equal(["202601 new 20", "202602 none 20"], MrrFact.Lines(warehouse.Target, "C2"));
    }

    [SkippableFact]
    public void A_run_failing_on_bad_snapshot_rows_leaves_the_history_as_it_was()
    {
        using var warehouse = ThreeNights();
        var before = WarehouseSnapshot.Content(warehouse.Target, "dw");
        var bad = OnMarch.Replace("S3,C3,team_yearly,active,usd,1200", "S3,C3,team_yearly,active,usd,-1200", StringComparison.Ordinal);

        using var folder = new ExportFolder().With("subscription_snapshots.csv", bad);
        var outcome = warehouse.Load(folder.Path, new LoadSettings { AsOf = new DateOnly(2026, 4, 30) });

        Assert.False(outcome.Succeeded);
        Assert.Equal(before, WarehouseSnapshot.Content(warehouse.Target, "dw"));
    }

    [SkippableFact]
    public void A_trial_counts_from_its_end_and_a_change_before_then_replaces_the_period_not_yet_begun()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        Load(warehouse, AsOf(January), ("subscription_snapshots.csv", $"{Header}\nT1,CT,basic,trialing,usd,30,1,month,major,2026-01-25,2026-02-08,,\n"));
        Load(warehouse, AsOf(new DateOnly(2026, 2, 5)), ("subscription_snapshots.csv", $"{Header}\nT1,CT,pro,In Trial,usd,60,1,month,major,2026-01-25,2026-02-08,,\n"));
        Load(warehouse, AsOf(March), ("subscription_snapshots.csv", $"{Header}\nT1,CT,pro,active,usd,60,1,month,major,2026-01-25,2026-02-08,,\n"));

        Assert.Equal(["T1,CT,pro,60,USD,2026-02-08,"], PeriodsIn(warehouse));
        Assert.Equal(["202602 new 60", "202603 none 60"], MrrFact.Lines(warehouse.Target, "CT"));
    }

    [SkippableFact]
    public void A_pause_ends_the_period_on_the_snapshot_day_and_a_resumption_starts_a_new_one()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        const string row = "P1,CP,basic,{0},usd,40,1,month,major,2026-01-01,,,";
        Load(warehouse, AsOf(January), ("subscription_snapshots.csv", $"{Header}\n{string.Format(row, "active")}\n"));
        Load(warehouse, AsOf(February), ("subscription_snapshots.csv", $"{Header}\n{string.Format(row, "paused")}\n"));
        Load(warehouse, AsOf(March), ("subscription_snapshots.csv", $"{Header}\n{string.Format(row, "active")}\n"));

        Assert.Equal(["P1,CP,basic,40,USD,2026-01-01,2026-02-28", "P1,CP,basic,40,USD,2026-03-31,"], PeriodsIn(warehouse));
        Assert.Equal(["202601 new 40", "202602 churn 0", "202603 reactivation 40"], MrrFact.Lines(warehouse.Target, "CP"));
    }
}

public sealed class DuckDbSnapshotHistoryBehaviour : SnapshotHistoryBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresSnapshotHistoryBehaviour : SnapshotHistoryBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
