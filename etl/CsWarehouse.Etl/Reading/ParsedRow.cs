using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Reading;

/// <summary>One problem with one field of one input row.</summary>
public sealed record RowProblem(string Column, string? Value, string Reason);

/// <summary>The typed values of the current input row, and what is wrong with it; reused from row to row.</summary>
public sealed class ParsedRow(int fieldCount)
{
    private readonly List<RowProblem> _problems = [];
    private readonly List<RowProblem> _notes = [];

    public object?[] Values { get; } = new object?[fieldCount];
    public string?[] Texts { get; } = new string?[fieldCount];
    public long LineNumber { get; internal set; }
    public IReadOnlyList<RowProblem> Problems => _problems;
    public bool IsValid => _problems.Count == 0;

    /// <summary>What was adjusted in a row that still loads (a clamped clock skew): warnings, not rejections.</summary>
    public IReadOnlyList<RowProblem> Notes => _notes;

    public T? Get<T>(Field field) where T : struct => (T?)Values[field.Ordinal];
    public string? Text(Field field) => (string?)Values[field.Ordinal];
    public bool Has(Field field) => Values[field.Ordinal] is not null;

    /// <summary>Records that <paramref name="field"/> breaks a rule; the row will not load.</summary>
    public void Reject(Field field, string reason) => _problems.Add(new(field.Name, Texts[field.Ordinal], reason));

    /// <summary>Records that <paramref name="field"/> was adjusted to load; the row still loads, with a warning.</summary>
    public void Note(Field field, string message) => _notes.Add(new(field.Name, Texts[field.Ordinal], message));

    /// <summary>Records a problem with the record as a whole (bad quoting, wrong field count).</summary>
    public void RejectRecord(string? raw, string reason) => _problems.Add(new("(record)", raw, reason));

    internal void Reset(long lineNumber)
    {
        LineNumber = lineNumber;
        _problems.Clear();
        _notes.Clear();
        Array.Clear(Values);
        Array.Clear(Texts);
    }
}
