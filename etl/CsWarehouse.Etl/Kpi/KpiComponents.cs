namespace CsWarehouse.Etl.Kpi;

/// <summary>The view components of one slice (summed over it), from which its KPI codes are divided out.</summary>
public sealed class KpiComponents
{
    private readonly Dictionary<string, decimal?> _values = new(StringComparer.Ordinal);

    public void Set(string name, decimal? value) => _values[name] = value;

    /// <summary>An additive count or sum: a slice with no rows has 0.</summary>
    public decimal Sum(string name) => _values.GetValueOrDefault(name) ?? 0;

    /// <summary>A value that may be unknown (a month's stock, a maximum, a cost): no rows gives null.</summary>
    public decimal? Value(string name) => _values.GetValueOrDefault(name);

    /// <summary>numerator ÷ denominator; an empty or zero denominator (or an unknown part) gives null, never 0.</summary>
    public static decimal? Ratio(decimal? numerator, decimal? denominator) =>
        numerator is null || denominator is null || denominator == 0 ? null : numerator / denominator;
}
