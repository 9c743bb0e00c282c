using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Kpi;
using CsWarehouse.Generator;
using CsWarehouse.Generator.Layouts;
using CsWarehouse.Tests.Generate;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Profiles;

/// <summary>
/// The same generated dataset, once canonical and once with calls, tickets and star ratings in Five9, Zendesk and Zalo
/// layouts, gives the same monthly KPI values for every code those vendors carry.
/// </summary>
public abstract class VendorLayoutRoundTrip
{
    protected abstract EngineKind Engine { get; }

    /// <summary>What each vendor file can feed exactly (the README's table lists the same codes).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> CodesByLayout = new Dictionary<string, string[]>
    {
        ["five9"] = ["calls_offered", "calls_answered", "abandon_rate", "asa_seconds", "aht_seconds", "calls_per_hour"],
        ["zendesk"] = ["tickets_created", "tickets_resolved", "unresolved", "avg_resolution_seconds", "requests_per_day"],
        ["zalo"] = ["rating_avg", "rating_satisfied_rate"],
        ["stripe"] = ["mrr", "new_mrr", "expansion_mrr", "contraction_mrr", "churned_mrr", "net_mrr_retention", "customer_retention_rate"],
    };

    [SkippableFact]
    public void Vendor_layouts_of_a_generated_dataset_give_the_same_kpis_as_its_canonical_files()
    {
        const string zone = "Asia/Ho_Chi_Minh";
        using var canonical = new GeneratedFolder(new GeneratorOptions(GeneratedFolder.NewTempDir(), Seed: 3, Customers: 200, Months: 3, TimeZone: zone));
        using var vendor = new GeneratedFolder(new GeneratorOptions(GeneratedFolder.NewTempDir(), Seed: 3, Customers: 200, Months: 3, TimeZone: zone));
        VendorLayouts.Apply(vendor.Dir, VendorLayouts.Names.Where(n => n != "snapshots"), zone);
        Assert.False(File.Exists(Path.Combine(vendor.Dir, "calls.csv")));
        Assert.True(File.Exists(Path.Combine(vendor.Dir, "Five9 Call Log.csv")));
        var settings = new LoadSettings { SourceTimeZone = TimeZoneInfo.FindSystemTimeZoneById(zone), ReportingTimeZone = TimeZoneInfo.FindSystemTimeZoneById(zone) };

        var expected = Kpis(canonical.Dir, settings);
        var actual = Kpis(vendor.Dir, settings);

        foreach (var code in CodesByLayout.Values.SelectMany(c => c))
        {
            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var month in expected.Keys)
            {
                var (want, got) = (expected[month].Values[code], actual[month].Values[code]);
                Assert.True(want is not null || got is null, $"{code} {month}");
                Assert.True(want == got || (want is { } w && got is { } g && Math.Abs(w - g) < 0.0001m), $"{code} in {month}: canonical {want}, vendor layouts {got}");
            }
        }
        Assert.Contains(expected.Values, row => row.Values["calls_answered"] > 0);
        Assert.Contains(expected.Values, row => row.Values["rating_avg"] is not null);
    }

    private Dictionary<string, KpiRow> Kpis(string folder, LoadSettings settings)
    {
        using var warehouse = TestWarehouse.Create(Engine);
        var outcome = warehouse.Load(folder, settings);
        Assert.True(outcome.Succeeded && outcome.RowsRejected == 0, outcome.Message ?? string.Join("\n", outcome.Rejections.Take(5)));
        using var engine = warehouse.Open();
        return KpiCalculator.Compute(engine.Connection, new KpiRequest(KpiSlice.Month)).Rows.ToDictionary(r => r.Title);
    }
}

public sealed class DuckDbVendorLayoutRoundTrip : VendorLayoutRoundTrip
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresVendorLayoutRoundTrip : VendorLayoutRoundTrip
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
