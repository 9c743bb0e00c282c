namespace CsWarehouse.Etl.Reading;

/// <summary>
/// A table of text records read one at a time, whatever holds it: a delimited text file, a spreadsheet's sheet,
/// or a vendor file seen through its mapping profile. The reader validates what a source yields; it never
/// knows which kind of source it reads.
/// </summary>
public interface IRecordSource : IDisposable
{
    /// <summary>The column names, in file order.</summary>
    IReadOnlyList<string> Headers { get; }

    /// <summary>Moves to the next record; false at the end.</summary>
    bool Read();

    /// <summary>The physical line (or sheet row) where the current record starts; the header is line 1.</summary>
    long LineNumber { get; }

    /// <summary>The current record's value in <paramref name="column"/>, trimmed; null when empty or blank.</summary>
    string? TextAt(int column);

    /// <summary>How far into the underlying file the source has read, for progress.</summary>
    long BytesRead { get; }
}

/// <summary>A record the source could not split into fields (broken quoting, a wrong field count): it is rejected as a whole.</summary>
public sealed record MalformedRecord(long LineNumber, string? RawRecord, string Reason);
