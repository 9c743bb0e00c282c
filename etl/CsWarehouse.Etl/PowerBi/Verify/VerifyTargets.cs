using System.Data.Common;
using CsWarehouse.Etl.PowerBi.Dax;
using Dapper;

namespace CsWarehouse.Etl.PowerBi.Verify;

/// <summary>
/// "<c>code</c>_target" measures read targets.csv's rows: a month's own target, else the default (no month) — only in
/// months where the code has a value; over several months, the average of those months' targets.
/// </summary>
internal static class VerifyTargets
{
    private const string Suffix = "_target";

    public static void Check(DbConnection connection, VerifyRun run, DaxModel model,
        IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal?>> months, VerifyRange range)
    {
        foreach (var measure in model.Measures.Where(m => m.Name.EndsWith(Suffix, StringComparison.Ordinal) && m.Name != "cost_per_ticket_target" && run.Wants(m.Name)))
        {
            var code = measure.Name[..^Suffix.Length];
            var targets = connection.Query<(long? Month, decimal Value)>(
                $"select month_key, cast(value as decimal(18, 6)) from dw.kpi_target where kpi_code = '{code.Replace("'", "''", StringComparison.Ordinal)}'").ToList();
            var fallback = targets.Where(t => t.Month is null).Select(t => (decimal?)t.Value).FirstOrDefault();
            var perMonth = new List<decimal>();
            foreach (var month in range.Months())
            {
                var hasValue = months[month].TryGetValue(code, out var value) && value is not null;
                var target = hasValue ? targets.Where(t => t.Month == month).Select(t => (decimal?)t.Value).FirstOrDefault() ?? fallback : null;
                if (target is { } t) perMonth.Add(t);
                run.Check(measure.Name, VerifySlice.Month(model, month), target, count: false);
            }
            run.Check(measure.Name, VerifySlice.Whole, perMonth.Count == 0 ? null : perMonth.Average(), count: false);
        }
    }
}
