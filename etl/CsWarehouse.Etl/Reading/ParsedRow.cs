using CsWarehouse.Etl.Exports;

namespace CsWarehouse.Etl.Reading;

/// <summary>One problem with one field of one input row.</summary>
public sealed record RowProblem(string Column, string? Value, string Reason);

/// <summary>The typed values of the current input row, and what is wrong with it; reused from row to row.</summary>
public sealed class ParsedRow(int fieldCount)
{
    private readonly List<RowProblem> _problems = [];

    public object?[] Values { get; } = new object?[fieldCount];
    public string?[] Texts { get; } = new string?[fieldCount];
    public long LineNumber { get; internal set; }
    public IReadOnlyList<RowProblem> Problems => _problems;
    public bool IsValid => _problems.Count == 0;

    public T? Get<T>(Field field) where T : struct => (T?)Values[field.Ordinal];
    public string? Text(Field field) => (string?)Values[field.Ordinal];
    public bool Has(Field field) => Values[field.Ordinal] is not null;

    /// <summary>Records that <paramref name="field"/> breaks a rule; the row will not load.</summary>
    public void Reject(Field field, string reason) => _problems.Add(new(field.Name, Texts[field.Ordinal], reason));

    /// <summary>Records a problem with the record as a whole (bad quoting, wrong field count).</summary>
    public void RejectRecord(string? raw, string reason) => _problems.Add(new("(record)", raw, reason));

    internal void Reset(long lineNumber)
    {
        LineNumber = lineNumber;
        _problems.Clear();
        Array.Clear(Values);
        Array.Clear(Texts);
    }
}
