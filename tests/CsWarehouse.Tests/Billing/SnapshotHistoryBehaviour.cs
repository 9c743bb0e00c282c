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
}

public sealed class DuckDbSnapshotHistoryBehaviour : SnapshotHistoryBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresSnapshotHistoryBehaviour : SnapshotHistoryBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
