using System.Data.Common;
using CsWarehouse.Etl.Kpi;

namespace CsWarehouse.Etl.Nightly.Reconciliation;

/// <summary>
/// The KPI codes of the daily views over a whole range of months, as <c>cswh kpi --by total</c> computes them. Codes
/// that read a monthly view (MRR stocks, costs) are left out: over several months they are a first or last month,
/// which the per-month comparison already covers.
/// </summary>
internal static class WholeRangeKpis
{
    public static IReadOnlyDictionary<string, decimal?> Compute(DbConnection connection, int fromMonth, int toMonth)
    {
        var total = KpiCalculator.Compute(connection, new KpiRequest(KpiSlice.Total, fromMonth, toMonth));
        var summed = KpiFormulas.All.Where(f => f.Serves(KpiSlice.Total) && f.Sources.All(s => s.Daily)).Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        return total.Rows.Count == 0
            ? new Dictionary<string, decimal?>(StringComparer.Ordinal)
            : total.Rows[0].Values.Where(v => summed.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
    }
}
