using System.Globalization;
using CsWarehouse.Etl.Kpi;
using CsWarehouse.Etl.PowerBi.Dax;

namespace CsWarehouse.Etl.PowerBi.Verify;

/// <summary>The checks of one verification: evaluates a measure in a slice, compares it, and keeps the tally.</summary>
internal sealed class VerifyRun(DaxEvaluator evaluator, IReadOnlySet<string>? only)
{
    private const decimal Tolerance = 1e-9m;

    public DaxModel Model => evaluator.Model;

    public int Passed { get; private set; }

    public List<VerifyDifference> Failures { get; } = [];

    public HashSet<string> Checked { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<(string Measure, string Slice)> Compared { get; } = [];

    /// <summary>Whether this run checks the measure (all of them, unless the run was limited to some).</summary>
    public bool Wants(string measure) => only is null || only.Contains(measure);

    public bool Has(string measure) => Model.Measures.Any(m => string.Equals(m.Name, measure, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every KPI code the warehouse computed for the slice that the model has a measure for.</summary>
    public void Codes(VerifySlice slice, IReadOnlyDictionary<string, decimal?> values)
    {
        foreach (var (code, value) in values)
            if (Has(code)) Check(code, slice, value, KpiUnits.Of(code) == KpiUnit.Count);
    }

    public void Check(string measure, VerifySlice slice, decimal? expected, bool count)
    {
        if (!Wants(measure)) return;
        Checked.Add(measure);
        Compared.Add((measure, slice.Label));
        object? actual;
        try { actual = evaluator.Measure(measure, [], slice.Filters); }
        catch (DaxException e)
        {
            Fail(measure, slice.Label, "error: " + e.Message, Show(expected));
            return;
        }
        if (Same(actual, expected, count)) Passed++;
        else Fail(measure, slice.Label, actual is null ? "(blank)" : DaxValues.Text(actual), Show(expected));
    }

    /// <summary>A measure with no warehouse counterpart: it must evaluate without error.</summary>
    public void Evaluates(string measure, VerifySlice slice)
    {
        if (!Wants(measure)) return;
        Checked.Add(measure);
        try
        {
            evaluator.Measure(measure, [], slice.Filters);
            Passed++;
        }
        catch (DaxException e) { Fail(measure, slice.Label, "error: " + e.Message, "(any value)"); }
    }

    public void Fail(string measure, string slice, string model, string warehouse) =>
        Failures.Add(new VerifyDifference(measure, slice, model, warehouse));

    private static bool Same(object? actual, decimal? expected, bool count)
    {
        if (actual is null) return expected is null || count && expected == 0;
        if (actual is not decimal value || expected is not { } e) return false;
        return count ? value == e : Math.Abs(value - e) <= Tolerance * Math.Max(1, Math.Abs(e));
    }

    private static string Show(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "(null)";
}
