namespace CsWarehouse.Etl.Nightly;

/// <summary>Why a step of the nightly run failed; each kind has its own exit code.</summary>
public enum FailureKind
{
    LoadFailed,
    /// <summary>The load's data tests found offending rows; the load was rolled back.</summary>
    ChecksFailed,
    ExportFailed,
    RefreshFailed,
    RefreshTimedOut,
    RefreshInProgress,
    Unauthorized,
    Throttled,
    ServiceUnavailable,
    RequestRejected,
    ReconciliationFailed,
    /// <summary>Something no other kind describes (an answer the run could not read).</summary>
    Unexpected,
}

/// <summary>A step that failed in a way the run report names; its message never holds a secret.</summary>
public sealed class NightlyFailureException(FailureKind kind, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public FailureKind Kind { get; } = kind;
}
