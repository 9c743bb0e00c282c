using CsWarehouse.Etl.Kpi;
using CsWarehouse.Etl.PowerBi.Dax;

namespace CsWarehouse.Etl.PowerBi.Verify;

/// <summary>
/// "<c>code</c> previous period" and "<c>code</c> same period last year": in each month, the warehouse's value of the
/// month before (or twelve before); in each quarter, of the quarter before (or a year before) — whenever that period
/// lies in the range, so every month length (28 to 31 days) and every year end in the data is crossed.
/// </summary>
internal static class VerifyTimeIntelligence
{
    public static void Check(Func<KpiSlice, int, int, KpiTable> compute, VerifyRun run, DaxModel model, VerifyRange range,
        IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal?>> months)
    {
        IReadOnlyDictionary<string, decimal?> Total(int from, int to) => compute(KpiSlice.Total, from, to).Rows.Single().Values;

        foreach (var measure in model.Measures)
        {
            var (code, shift) = Variant(measure.Name);
            if (code is null || !run.Wants(measure.Name)) continue;
            run.Checked.Add(measure.Name);
            var count = KpiUnits.Of(code) == KpiUnit.Count;
            foreach (var month in range.Months())
            {
                var prior = VerifyRange.Shift(month, shift);
                if (!range.Contains(prior)) continue;
                run.Check(measure.Name, VerifySlice.Month(model, month), Value(months[prior], code, measure.Name), count);
            }
            foreach (var start in range.Months().Where(m => m % 100 % 3 == 1))
            {
                var priorStart = VerifyRange.Shift(start, shift == -1 ? -3 : shift);
                var end = VerifyRange.Shift(start, 2);
                if (!range.Contains(end) || !range.Contains(priorStart)) continue;
                var expected = Value(Total(priorStart, VerifyRange.Shift(priorStart, 2)), code, measure.Name);
                run.Check(measure.Name, VerifySlice.Quarter(model, start / 100, (start % 100 + 2) / 3), expected, count);
            }
        }
    }

    /// <summary>The code a variant measure compares, and how many months back.</summary>
    public static (string? Code, int Shift) Variant(string measure) =>
        measure.EndsWith(ModelVerifier.PreviousPeriod, StringComparison.Ordinal) ? (measure[..^ModelVerifier.PreviousPeriod.Length], -1)
        : measure.EndsWith(ModelVerifier.SamePeriodLastYear, StringComparison.Ordinal) ? (measure[..^ModelVerifier.SamePeriodLastYear.Length], -12)
        : (null, 0);

    private static decimal? Value(IReadOnlyDictionary<string, decimal?> values, string code, string measure) =>
        values.TryGetValue(code, out var v) ? v : throw new InvalidDataException($"[{measure}] compares {code}, which cswh kpi does not compute by month");
}
