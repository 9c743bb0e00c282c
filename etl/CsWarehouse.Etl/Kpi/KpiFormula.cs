namespace CsWarehouse.Etl.Kpi;

/// <summary>
/// How one KPI code comes out of the components of a slice: the views it needs and the division it does.
/// A code is reported for a slice only when every view it needs can be cut that way (and, for the codes that
/// only mean something per topic or per channel, only for that slice).
/// </summary>
internal sealed record KpiFormula(string Code, IReadOnlyList<KpiSource> Sources, Func<KpiComponents, decimal?> Compute,
    KpiSlice? OnlyFor = null)
{
    public bool Serves(KpiSlice slice) =>
        (OnlyFor is null || OnlyFor == slice) && Sources.All(s => s.Slices.Contains(slice));
}
