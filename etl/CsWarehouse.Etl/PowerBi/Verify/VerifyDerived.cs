using CsWarehouse.Etl.PowerBi.Dax;

namespace CsWarehouse.Etl.PowerBi.Verify;

/// <summary>
/// Measures that restate a KPI code for a visual: "<c>code</c> signed" (a loss drawn below the axis) is −code,
/// <c>lost_customers</c> is −churned_customers, <c>plan_mrr</c> (MRR by plan) totals to mrr. The Data Health
/// measures have no KPI counterpart: they must evaluate.
/// </summary>
internal static class VerifyDerived
{
    private const string Signed = " signed";

    public static void Check(VerifyRun run, DaxModel model, IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal?>> months,
        IReadOnlyDictionary<string, decimal?> total)
    {
        foreach (var measure in model.Measures.Select(m => m.Name))
        {
            Func<IReadOnlyDictionary<string, decimal?>, decimal?>? expected = measure switch
            {
                "lost_customers" => v => -v["churned_customers"],
                "plan_mrr" => v => v["mrr"],
                _ when measure.EndsWith(Signed, StringComparison.Ordinal) => v => -v[measure[..^Signed.Length]],
                _ => null,
            };
            if (expected is null) continue;
            foreach (var (month, values) in months) run.Check(measure, VerifySlice.Month(model, month), expected(values), count: false);
            run.Check(measure, VerifySlice.Whole, expected(total), count: false);
        }
        foreach (var measure in model.Measures.Where(m => m.Table == "Data Health"))
            run.Evaluates(measure.Name, VerifySlice.Whole);
    }
}
