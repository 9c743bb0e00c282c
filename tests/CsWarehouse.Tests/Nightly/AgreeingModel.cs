using System.Globalization;
using System.Text.Json.Nodes;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Kpi;
using CsWarehouse.Etl.Nightly.Reconciliation;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Nightly;

/// <summary>
/// A DuckDB warehouse holding the demo sample, and what a published model refreshed from it would answer: the
/// <c>cswh kpi</c> figures per month, keyed the way executeQueries names columns ("Date[month_key]", "[code]").
/// </summary>
public sealed class AgreeingModel : IDisposable
{
    public TestWarehouse Warehouse { get; } = TestWarehouse.Create(EngineKind.DuckDb);
    public KpiTable Monthly { get; }
    public IReadOnlyDictionary<string, decimal?> WholeRange { get; }

    public AgreeingModel()
    {
        var outcome = Warehouse.Load(RepositoryPaths.DemoSamples);
        Assert.True(outcome.Succeeded, outcome.Message);
        using var engine = Warehouse.Open();
        Monthly = KpiCalculator.Compute(engine.Connection, new KpiRequest(KpiSlice.Month));
        WholeRange = WholeRangeKpis.Compute(engine.Connection, MonthKey(Monthly.FromMonth!), MonthKey(Monthly.ToMonth!));
    }

    public string LastMonth => Monthly.Rows[^1].Title;

    /// <summary>The model's per-month rows; <paramref name="change"/> may alter a figure (code, month) first.</summary>
    public JsonArray PerMonthRows(Func<string, string, decimal?, decimal?>? change = null)
    {
        var rows = new JsonArray();
        foreach (var month in Monthly.Rows)
        {
            var row = new JsonObject { ["Date[month_key]"] = MonthKey(month.Title) };
            foreach (var code in Monthly.Codes)
                row[$"[{code}]"] = Number(change is null ? month.Values[code] : change(code, month.Title, month.Values[code]));
            rows.Add(row);
        }
        return rows;
    }

    public JsonObject WholeRangeRow()
    {
        var row = new JsonObject();
        foreach (var (code, value) in WholeRange) row[$"[{code}]"] = Number(value);
        return row;
    }

    /// <summary>As the service sends numbers: doubles, blank as null.</summary>
    private static JsonNode? Number(decimal? value) => value is { } v ? JsonValue.Create((double)v) : null;

    public static int MonthKey(string label) => int.Parse(label.Replace("-", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    public void Dispose() => Warehouse.Dispose();
}
