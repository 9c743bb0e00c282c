using System.Data.Common;
using System.Globalization;
using CsWarehouse.Etl.Configuration;
using Dapper;

namespace CsWarehouse.Etl.Kpi;

/// <summary>
/// Computes KPI codes from the kpi views as Power BI does: each view's components are summed over a slice,
/// then divided (<see cref="KpiFormulas"/>). Rates are never averaged; an empty denominator gives null.
/// </summary>
public static class KpiCalculator
{
    public static KpiTable Compute(DbConnection connection, KpiRequest request)
    {
        var formulas = KpiFormulas.All.Where(f => f.Serves(request.By)).ToList();
        var codes = KpiCodes.Reported.Where(code => formulas.Any(f => f.Code == code)).ToList();
        var notes = new List<string>();
        var sources = new List<KpiSource>();
        foreach (var source in KpiSource.All.Where(s => formulas.Any(f => f.Sources.Contains(s))))
        {
            if (connection.ExecuteScalar<long>(KpiQueries.ViewExists(source.View)) > 0) sources.Add(source);
            else notes.Add($"kpi.{source.View} does not exist: {source.MissingReason}; its codes are empty.");
        }
        // A view without a single row (tickets in a calls-only warehouse) has nothing to count: its codes are
        // unknown (empty), not 0.
        var withRows = sources.Where(s => connection.ExecuteScalar<long>(KpiQueries.HasRows(s)) > 0).ToHashSet();
        var labels = LabelColumns(request.By);
        var (from, to) = Range(connection, sources, request);
        if (from is not { } first || to is not { } last)
            return new KpiTable(request.By, null, null, labels, codes, [], notes);
        if (first > last)
            throw new ConfigurationException($"the report would start in {MonthLabel(first)}, after it ends in {MonthLabel(last)} " +
                                             "(where the data ends when --from or --to is left out): give both --from and --to.");

        var slices = KpiSlices.Empty(request.By, first, last);
        foreach (var source in sources)
        {
            var sourceComponents = source.Components; // a new list on every read
            foreach (var row in connection.Query(KpiQueries.Components(source, request.By, first, last), commandTimeout: 0))
            {
                var values = (IDictionary<string, object?>)row;
                var components = slices.For(KpiSlices.Key(request.By, values["slice_key"]));
                foreach (var component in sourceComponents)
                    components.Set(component, values[component] is { } v ? Convert.ToDecimal(v, CultureInfo.InvariantCulture) : null);
            }
        }
        slices.AddDerived(request.By, first, last);

        var names = request.By == KpiSlice.Agent
            ? connection.Query<(string Id, string Name)>(KpiQueries.AgentNames).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal)
            : null;
        var rows = slices.Ordered(request.By)
            .Select(s => new KpiRow(
                names is null ? [s.Key] : [s.Key, s.Key is null ? null : names.GetValueOrDefault(s.Key)],
                formulas.ToDictionary(f => f.Code, f => f.Sources.All(withRows.Contains) ? f.Compute(s.Components) : null, StringComparer.Ordinal)))
            .ToList();
        return new KpiTable(request.By, MonthLabel(first), MonthLabel(last), labels, codes, rows, notes);
    }

    public static string MonthLabel(int monthKey) => $"{monthKey / 100:D4}-{monthKey % 100:D2}";

    private static IReadOnlyList<string> LabelColumns(KpiSlice by) =>
        by == KpiSlice.Agent ? ["agent", "agent_name"] : [by.ToString().ToLowerInvariant()];

    /// <summary>
    /// The requested months. A start left open is the first month with data of any kind (months of MRR history
    /// before the first ticket included); an end left open is the last month with tickets, calls, replies or
    /// surveys — or, in a warehouse without any, with subscriptions or costs. (Monthly MRR runs on to the load's
    /// as-of month, which is no activity of its own, so it does not stretch the end.)
    /// </summary>
    private static (int? From, int? To) Range(DbConnection connection, IReadOnlyList<KpiSource> sources, KpiRequest request)
    {
        if (request.FromMonth is { } from && request.ToMonth is { } to) return (from, to);
        var (firstEvent, lastEvent) = DataMonths(connection, sources.Where(s => s.Daily));
        var (firstMonthly, lastMonthly) = DataMonths(connection, sources.Where(s => !s.Daily));
        int? first = firstEvent is null ? firstMonthly : firstMonthly is null ? firstEvent : Math.Min(firstEvent.Value, firstMonthly.Value);
        int? last = lastEvent ?? lastMonthly;
        first = request.FromMonth ?? first;
        last = request.ToMonth ?? last;
        // One bound given and no data on the other side: the report covers just that month.
        return (first ?? last, last ?? first);
    }

    private static (int? First, int? Last) DataMonths(DbConnection connection, IEnumerable<KpiSource> sources)
    {
        int? first = null, last = null;
        foreach (var source in sources)
        {
            var range = (IDictionary<string, object?>)connection.QuerySingle(KpiQueries.MonthRange(source));
            if (range["first_month"] is { } lo) first = Math.Min(first ?? int.MaxValue, Convert.ToInt32(lo, CultureInfo.InvariantCulture));
            if (range["last_month"] is { } hi) last = Math.Max(last ?? int.MinValue, Convert.ToInt32(hi, CultureInfo.InvariantCulture));
        }
        return (first, last);
    }
}
