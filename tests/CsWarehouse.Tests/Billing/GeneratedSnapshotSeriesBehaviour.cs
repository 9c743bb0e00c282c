using CsWarehouse.Etl.Configuration;
using CsWarehouse.Generator;
using CsWarehouse.Generator.Layouts;
using CsWarehouse.Tests.Generate;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Billing;

/// <summary>
/// The generator's subscriptions written as month-end snapshots give, once loaded, the retention KPIs of the same
/// subscriptions written as periods, for every month (the periods are the independent reference).
/// </summary>
public abstract class GeneratedSnapshotSeriesBehaviour
{
    protected abstract EngineKind Engine { get; }

    /// <summary>The files retention needs; the support files would only slow the test.</summary>
    private static readonly string[] RetentionInputs = ["fx_rates.csv", "customers.csv", "plans.csv"];

    private static readonly DateOnly LastDay = new(2025, 4, 30);

    /// <summary>A small generated folder, its subscriptions rewritten in <paramref name="layout"/> unless it is null.</summary>
    protected static string Generate(string? layout)
    {
        var folder = GeneratedFolder.NewTempDir();
        var options = new GeneratorOptions(folder, Seed: 3, Customers: 80, Months: 4);
        ExportGenerator.Run(options);
        if (layout is not null) VendorLayouts.Apply(folder, [layout], options.TimeZone);
        return folder;
    }

    protected List<string> RetentionMonths(string generated, Func<string, bool> subscriptionFile)
    {
        using var inputs = new ExportFolder();
        foreach (var path in Directory.EnumerateFiles(generated))
        {
            var name = Path.GetFileName(path);
            if (RetentionInputs.Contains(name) || subscriptionFile(name)) File.Copy(path, Path.Combine(inputs.Path, name));
        }
        using var warehouse = TestWarehouse.Create(Engine);
        var outcome = warehouse.Load(inputs.Path, new LoadSettings { AsOf = LastDay });
        Assert.True(outcome.Succeeded && outcome.RowsRejected == 0, outcome.Message ?? string.Join("\n", outcome.Rejections.Take(5)));
        Assert.DoesNotContain(outcome.Warnings, w => w.Message.Contains("snapshot", StringComparison.Ordinal));
        return WarehouseSnapshot.Query(warehouse.Target, "select * from kpi.retention_monthly order by month_key")
            .Select(r => string.Join(" | ", r.Select(kv => $"{kv.Key}={Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture)}")))
            .ToList();
    }

    [SkippableFact]
    public void A_month_end_snapshot_series_gives_the_retention_of_its_periods_for_every_month()
    {
        var periods = Generate(null);
        var snapshots = Generate("snapshots");
        try
        {
            Assert.Contains("subscription_snapshots_2025-04-30.csv", Directory.EnumerateFiles(snapshots).Select(Path.GetFileName));
            Assert.False(File.Exists(Path.Combine(snapshots, "subscriptions.csv")));

            var expected = RetentionMonths(periods, name => name == "subscriptions.csv");
            var actual = RetentionMonths(snapshots, name => name.StartsWith("subscription_snapshots_", StringComparison.Ordinal));

            Assert.True(expected.Count > 12, $"only {expected.Count} months");
            Assert.Equal(expected, actual);
        }
        finally
        {
            Directory.Delete(periods, recursive: true);
            Directory.Delete(snapshots, recursive: true);
        }
    }

    [SkippableFact]
    public void A_month_end_series_of_stripe_exports_gives_the_retention_of_its_periods_for_every_month()
    {
        var periods = Generate(null);
        var stripe = Generate("stripe");
        try
        {
            var header = File.ReadLines(Path.Combine(stripe, "subscriptions_2025-04-30.csv")).First();
            Assert.StartsWith("id,Customer ID,Customer Name,Customer Email,Plan,Product,Quantity,Currency,Interval,Amount,Status", header);

            var expected = RetentionMonths(periods, name => name == "subscriptions.csv");
            var actual = RetentionMonths(stripe, name => name.StartsWith("subscriptions_", StringComparison.Ordinal));

            Assert.Equal(expected, actual);
        }
        finally
        {
            Directory.Delete(periods, recursive: true);
            Directory.Delete(stripe, recursive: true);
        }
    }
}

public sealed class DuckDbGeneratedSnapshotSeriesBehaviour : GeneratedSnapshotSeriesBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresGeneratedSnapshotSeriesBehaviour : GeneratedSnapshotSeriesBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
