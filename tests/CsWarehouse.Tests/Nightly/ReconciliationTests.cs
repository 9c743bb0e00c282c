using System.Text.Json.Nodes;
using CsWarehouse.Etl.Kpi;
using CsWarehouse.Etl.Nightly;
using CsWarehouse.Etl.Nightly.Reconciliation;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Nightly;

/// <summary>What the reconciliation compares: the model's own measure names, whole-range figures, the tolerance.</summary>
public sealed class ReconciliationTests(AgreeingModel model) : IClassFixture<AgreeingModel>
{
    [Fact]
    public void Every_code_the_reconciliation_queries_is_a_measure_of_the_semantic_model()
    {
        var bim = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "powerbi", "CustomerService.SemanticModel", "model.bim")))!;
        var measures = bim["model"]!["tables"]!.AsArray().SelectMany(t => t!["measures"]?.AsArray() ?? []).Select(m => (string)m!["name"]!).ToHashSet();
        var dateColumns = bim["model"]!["tables"]!.AsArray().Single(t => (string)t!["name"]! == "Date")!["columns"]!.AsArray().Select(c => (string)c!["name"]!);

        Assert.All(model.Monthly.Codes.Where(KpiCodes.All.Contains), code => Assert.Contains(code, measures));
        Assert.Contains("month_key", dateColumns);
    }

    [Fact]
    public void Whole_range_figures_are_the_month_components_added_up_then_divided()
    {
        var months = model.Monthly.Rows;
        // Counts add up month by month; a rate is the ratio of the added numerator and denominator, not an average of rates.
        Assert.Equal(months.Sum(m => m.Values["tickets_created"] ?? 0), model.WholeRange["tickets_created"]);
        Assert.Equal(months.Sum(m => m.Values["resolved_first_contact"] ?? 0) / months.Sum(m => m.Values["tickets_resolved"] ?? 0),
            model.WholeRange["fcr_rate"]!.Value, 12);
        Assert.Equal(months.Max(m => m.Values["slowest_reply_seconds"] ?? 0), model.WholeRange["slowest_reply_seconds"]);
        var days = months.Sum(m => (decimal)DateTime.DaysInMonth(int.Parse(m.Title[..4]), int.Parse(m.Title[5..])));
        Assert.Equal(months.Sum(m => m.Values["tickets_created"] ?? 0) / days, model.WholeRange["requests_per_day"]!.Value, 12);
        // Monthly stocks (MRR, customers) are not sums over months: they are left to the per-month comparison.
        Assert.False(model.WholeRange.ContainsKey("mrr"));
    }

    [Fact]
    public void The_dax_cuts_the_date_table_to_the_compared_months_and_names_each_measure_by_its_code()
    {
        var dax = ReconcileDax.PerMonth(["fcr_rate", "nps"], 202605, 202606);

        Assert.Contains("'Date'[month_key] >= 202605 && 'Date'[month_key] <= 202606", dax);
        Assert.Contains("\"fcr_rate\", [fcr_rate]", dax);
        Assert.Contains("\"nps\", [nps]", dax);
        Assert.StartsWith("EVALUATE", ReconcileDax.WholeRange(["fcr_rate"], 202501, 202606));
    }

    [Theory]
    [InlineData(100.0, 100.00005, true)]
    [InlineData(100.0, 100.001, false)]
    [InlineData(0.5, 0.5000004, true)]
    [InlineData(0.5, 0.51, false)]
    public void Figures_agree_within_the_tolerance_relative_to_their_size(double warehouse, double published, bool agree)
    {
        var reconciler = new Reconciler(null!, null!, new ReconcileConfig { Tolerance = 0.000001 }, Etl.Loading.SilentRunLog.Instance);

        Assert.Equal(agree, reconciler.Agree((decimal)warehouse, (decimal)published));
    }

    [Fact]
    public void A_blank_in_the_model_equals_a_zero_in_the_warehouse_but_not_a_number()
    {
        var reconciler = new Reconciler(null!, null!, new ReconcileConfig(), Etl.Loading.SilentRunLog.Instance);

        Assert.True(reconciler.Agree(0m, null));
        Assert.True(reconciler.Agree(null, null));
        Assert.False(reconciler.Agree(12m, null));
        Assert.False(reconciler.Agree(null, 3m));
    }
}
