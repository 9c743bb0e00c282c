namespace CsWarehouse.Etl.Nightly.Reconciliation;

/// <summary>One KPI figure the published model shows differently from the warehouse.</summary>
/// <param name="Period">A month (2026-05) or a whole range (2025-07..2026-06).</param>
public sealed record KpiDifference(string Model, string Code, string Period, decimal? Warehouse, decimal? ModelValue);

/// <summary>What the reconciliation of one model compared, and where it found differences.</summary>
public sealed record ReconcileResult(string Model, string? FromMonth, string? ToMonth, int Compared, IReadOnlyList<KpiDifference> Differences)
{
    public bool Matched => Differences.Count == 0;
}
