namespace CsWarehouse.Etl.Loading;

/// <summary>Where a run reports: plain lines, warnings, errors and per-file progress.</summary>
public interface IRunLog
{
    void Info(string message);
    void Warn(string message);
    void Error(string message);

    /// <summary>Progress through one file; <paramref name="done"/> is true once, at its end.</summary>
    void Progress(string file, long bytesRead, long bytesTotal, long rows, bool done);
}

/// <summary>A log that keeps nothing, for callers that do not want one.</summary>
public sealed class SilentRunLog : IRunLog
{
    public static SilentRunLog Instance { get; } = new();
    public void Info(string message) { }
    public void Warn(string message) { }
    public void Error(string message) { }
    public void Progress(string file, long bytesRead, long bytesTotal, long rows, bool done) { }
}
