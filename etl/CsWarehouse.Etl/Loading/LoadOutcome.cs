using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Loading;

/// <summary>Per-file figures of one run.</summary>
public sealed record FileOutcome(string File, long RowsRead, long RowsLoaded, long RowsRejected, int Warnings, string Sha256)
{
    /// <summary>The profile that mapped the file; null for a canonical file.</summary>
    public string? Profile { get; init; }

    /// <summary>The canonical export the rows went to.</summary>
    public string? Entity { get; init; }

    /// <summary>The bytes read: the size the file had when the run pinned it (through a symbolic link, its target's).</summary>
    public long SizeBytes { get; init; }
}

/// <summary>A warning of a run: file, line (if any) and what was noticed.</summary>
public sealed record LoadWarning(string File, long? LineNumber, string Message);

/// <summary>What a load did: its run id, whether it landed, and the figures per file.</summary>
public sealed record LoadOutcome(
    int RunId,
    bool Succeeded,
    string? Message,
    IReadOnlyList<FileOutcome> Files,
    IReadOnlyList<Rejection> Rejections,
    IReadOnlyList<LoadWarning> Warnings)
{
    /// <summary>The data tests that found offending rows at the end of the run (it was rolled back because of them).</summary>
    public IReadOnlyList<Checks.CheckResult> FailedChecks { get; init; } = [];

    public long RowsRead => Files.Sum(f => f.RowsRead);
    public long RowsLoaded => Files.Sum(f => f.RowsLoaded);
    public long RowsRejected => Files.Sum(f => f.RowsRejected);
}
