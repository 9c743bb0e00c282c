namespace CsWarehouse.Etl.Kpi;

/// <summary>A KPI report to compute: one row per <see cref="By"/>, over the months <see cref="FromMonth"/> to <see cref="ToMonth"/>.</summary>
/// <remarks>Months are keys like 202603; null means the first (or last) month with data.</remarks>
public sealed record KpiRequest(KpiSlice By, int? FromMonth = null, int? ToMonth = null);
