namespace CsWarehouse.Etl.Kpi;

/// <summary>
/// A component summed under a condition: <see cref="Column"/> (or 1 for each row, when null) over the rows where
/// <see cref="OnlyWhere"/> is not null (every row, when null). The cost ratios use it to count only the months
/// that have cost rows. The Power BI measures apply the same condition (see powerbi/README.md).
/// </summary>
internal sealed record KpiPart(string Name, string? Column, string? OnlyWhere = null);
