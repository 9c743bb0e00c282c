using CsWarehouse.Etl.Publishing;
using CsWarehouse.Etl.Loading;
using CsWarehouse.Etl.Nightly.Reconciliation;
using CsWarehouse.Etl.Nightly.Service;

namespace CsWarehouse.Etl.Nightly;

/// <summary>Everything one nightly run did, step by step; <see cref="Failure"/> names the step that stopped it, if any.</summary>
public sealed class NightlyReport
{
    public int NightlyRunId { get; set; }
    public DateTime StartedAt { get; } = DateTime.UtcNow;
    public DateTime? FinishedAt { get; set; }

    public LoadOutcome? Load { get; set; }
    public string? ExportFolder { get; set; }
    public IReadOnlyList<ExportedFile> Exported { get; set; } = [];
    public List<RefreshResult> Refreshes { get; } = [];
    public List<ReconcileResult> Reconciliations { get; } = [];
    public List<string> Skipped { get; } = [];

    public FailureKind? Failure { get; set; }
    public string? FailureMessage { get; set; }

    public bool Succeeded => Failure is null;

    /// <summary>The step that failed: load, export, refresh or reconcile.</summary>
    public string? FailedStep { get; set; }

    public string RefreshStatus =>
        FailedStep == "refresh" && Failure is { } kind ? Snake(kind)
        : Refreshes.Count > 0 ? "completed"
        : Skipped.Contains("refresh") ? "skipped" : "not run";

    public string ReconcileStatus =>
        FailedStep == "reconcile" && Failure is { } kind && kind != FailureKind.ReconciliationFailed ? Snake(kind)
        : Reconciliations.Count > 0 ? (Reconciliations.All(r => r.Matched) ? "matched" : "differences")
        : Skipped.Contains("reconcile") ? "skipped" : "not run";

    public static string Snake(FailureKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
