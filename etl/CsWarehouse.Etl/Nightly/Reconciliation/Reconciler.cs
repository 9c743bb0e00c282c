using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using CsWarehouse.Etl.Kpi;
using CsWarehouse.Etl.Loading;
using CsWarehouse.Etl.Nightly.Service;

namespace CsWarehouse.Etl.Nightly.Reconciliation;

/// <summary>
/// Compares a refreshed model with the warehouse: every KPI code (the model's measures carry the codes as names)
/// for each of the last N months with data, and the daily views' codes over the whole range, against the figures
/// <c>cswh kpi</c> computes. A figure differs when it is further apart than the tolerance, relative to its size.
/// </summary>
public sealed class Reconciler(DbConnection warehouse, PowerBiClient client, ReconcileConfig config, IRunLog log)
{
    public async Task<ReconcileResult> ReconcileAsync(PowerBiModelConfig model, CancellationToken cancellationToken)
    {
        var table = KpiCalculator.Compute(warehouse, new KpiRequest(KpiSlice.Month));
        if (table.Rows.Count == 0)
        {
            log.Info($"reconcile {model.Label}: the warehouse has no KPI data yet; nothing to compare");
            return new ReconcileResult(model.Label, null, null, 0, []);
        }
        var months = table.Rows.TakeLast(config.Months).ToList();
        // The KPI codes the model has measures for; the table also carries report-only columns (rating_responses).
        var kpiCodes = table.Codes.Where(KpiCodes.All.Contains).ToList();
        int first = MonthKey(months[0].Title), last = MonthKey(months[^1].Title);
        var differences = new List<KpiDifference>();
        var compared = 0;

        var perMonth = await client.ExecuteQueryAsync(model, ReconcileDax.PerMonth(kpiCodes, first, last), cancellationToken);
        var modelMonths = perMonth.GroupBy(r => Number(r[ReconcileDax.MonthColumn]) is { } m ? (int)m : 0).ToDictionary(g => g.Key, g => g.First());
        foreach (var month in months)
        {
            var row = modelMonths.GetValueOrDefault(MonthKey(month.Title));
            foreach (var code in kpiCodes)
            {
                compared++;
                var modelValue = row is null ? null : Number(row[ReconcileDax.ColumnOf(code)]);
                if (!Agree(month.Values[code], modelValue))
                    differences.Add(new KpiDifference(model.Label, code, month.Title, month.Values[code], modelValue));
            }
        }

        int rangeFrom = MonthKey(table.FromMonth!), rangeTo = MonthKey(table.ToMonth!);
        var whole = WholeRangeKpis.Compute(warehouse, rangeFrom, rangeTo);
        var codes = kpiCodes.Where(whole.ContainsKey).ToList();
        var wholeRow = (await client.ExecuteQueryAsync(model, ReconcileDax.WholeRange(codes, rangeFrom, rangeTo), cancellationToken)).FirstOrDefault();
        var period = $"{table.FromMonth}..{table.ToMonth}";
        foreach (var code in codes)
        {
            compared++;
            var modelValue = wholeRow is null ? null : Number(wholeRow[ReconcileDax.ColumnOf(code)]);
            if (!Agree(whole[code], modelValue))
                differences.Add(new KpiDifference(model.Label, code, period, whole[code], modelValue));
        }
        log.Info($"reconcile {model.Label}: {compared} figures compared ({months.Count} months and {period}), {differences.Count} differ");
        return new ReconcileResult(model.Label, months[0].Title, months[^1].Title, compared, differences);
    }

    /// <summary>
    /// Equal within the tolerance, relative to the figure's size (absolute below 1). A blank in the model equals a
    /// zero in the warehouse: DAX sums over no rows are blank where the warehouse counts 0.
    /// </summary>
    public bool Agree(decimal? warehouseValue, decimal? modelValue)
    {
        if (warehouseValue is null || modelValue is null) return (warehouseValue ?? 0) == 0 && (modelValue ?? 0) == 0;
        var allowed = (decimal)config.Tolerance * Math.Max(1, Math.Abs(warehouseValue.Value));
        return Math.Abs(warehouseValue.Value - modelValue.Value) <= allowed;
    }

    private static int MonthKey(string label) => int.Parse(label.Replace("-", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static decimal? Number(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.TryGetValue<double>(out var f) && double.IsFinite(f) => (decimal)f,
        JsonValue v when v.TryGetValue<string>(out var s) && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) => p,
        _ => null,
    };
}
