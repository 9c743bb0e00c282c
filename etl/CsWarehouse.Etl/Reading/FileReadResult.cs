namespace CsWarehouse.Etl.Reading;

/// <summary>What reading one file produced: counts, problems of rejected rows, and the file's content hash.</summary>
public sealed record FileReadResult(long RowsRead, long RowsRejected, string Sha256, long SizeBytes);

/// <summary>One rejected row's problem, with where it was.</summary>
public sealed record Rejection(string File, long LineNumber, string Column, string? Value, string Reason)
{
    /// <summary>The value as written, with each NUL character shown as <c>\0</c>: no engine's text column can store one.</summary>
    public string? Value { get; init; } = Value?.Replace("\0", "\\0");
}
