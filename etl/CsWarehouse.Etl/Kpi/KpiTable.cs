namespace CsWarehouse.Etl.Kpi;

/// <summary>
/// A computed KPI report: one row per slice, labelled by <see cref="LabelColumns"/> (e.g. month, or agent and
/// agent_name), then one value per code of <see cref="Codes"/>; null is an empty denominator or an unknown value.
/// </summary>
public sealed record KpiTable(
    KpiSlice By,
    string? FromMonth,
    string? ToMonth,
    IReadOnlyList<string> LabelColumns,
    IReadOnlyList<string> Codes,
    IReadOnlyList<KpiRow> Rows,
    IReadOnlyList<string> Notes);

/// <summary>One slice of a <see cref="KpiTable"/>: its labels and its value per code.</summary>
public sealed record KpiRow(IReadOnlyList<string?> Labels, IReadOnlyDictionary<string, decimal?> Values)
{
    /// <summary>The label people read: the last non-empty one (an agent's name before its id).</summary>
    public string Title => Labels.LastOrDefault(l => !string.IsNullOrEmpty(l)) ?? "(none)";
}
