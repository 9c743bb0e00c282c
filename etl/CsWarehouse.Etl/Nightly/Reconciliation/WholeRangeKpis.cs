using System.Data.Common;
using System.Globalization;
using CsWarehouse.Etl.Kpi;
using Dapper;

namespace CsWarehouse.Etl.Nightly.Reconciliation;

/// <summary>
/// The KPI codes of the daily views over a whole range of months as one figure each: the components summed over
/// every month (maxima kept as the largest), then divided by the same formulas <c>cswh kpi</c> uses. Codes of the
/// monthly views (MRR stocks, costs) are left out: over several months they are a last or first month, not a sum.
/// </summary>
internal static class WholeRangeKpis
{
    public static IReadOnlyDictionary<string, decimal?> Compute(DbConnection connection, int fromMonth, int toMonth)
    {
        var components = new KpiComponents();
        // Only views cut by month: a per-topic view (calls by topic) holds the same components again, and its codes repeat the monthly ones.
        var sources = KpiSource.All
            .Where(s => s.Daily && s.Slices.Contains(KpiSlice.Month) && connection.ExecuteScalar<long>(KpiQueries.ViewExists(s.View)) > 0)
            .ToList();
        foreach (var source in sources)
        {
            var maxima = new HashSet<string>(source.Maxima ?? [], StringComparer.Ordinal);
            foreach (var row in connection.Query(KpiQueries.Components(source, KpiSlice.Month, fromMonth, toMonth), commandTimeout: 0))
                foreach (var (name, value) in (IDictionary<string, object?>)row)
                {
                    if (name == "slice_key" || value is null) continue;
                    var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                    var sofar = components.Value(name);
                    components.Set(name, sofar is null ? number : maxima.Contains(name) ? Math.Max(sofar.Value, number) : sofar + number);
                }
        }
        var first = new DateOnly(fromMonth / 100, fromMonth % 100, 1);
        components.Set(KpiFormulas.Days, new DateOnly(toMonth / 100, toMonth % 100, 1).AddMonths(1).DayNumber - first.DayNumber);
        return KpiFormulas.All
            .Where(f => f.OnlyFor is null && f.Sources.All(s => sources.Contains(s)))
            .ToDictionary(f => f.Code, f => f.Compute(components), StringComparer.Ordinal);
    }
}
