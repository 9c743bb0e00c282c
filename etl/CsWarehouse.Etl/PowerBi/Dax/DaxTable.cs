namespace CsWarehouse.Etl.PowerBi.Dax;

/// <summary>
/// One model table held in memory: its column names and rows. Values are DAX-like: null is BLANK, numbers are
/// decimal, dates and times are DateTime, text is string.
/// </summary>
internal sealed class DaxTable
{
    private readonly Dictionary<string, int> _index;

    public DaxTable(string name, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        Name = name;
        Columns = columns;
        Rows = rows;
        _index = columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.OrdinalIgnoreCase);
    }

    public string Name { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<object?[]> Rows { get; }

    public bool Has(string column) => _index.ContainsKey(column);

    public int IndexOf(string column) => _index.TryGetValue(column, out var i) ? i
        : throw new DaxException($"table '{Name}' has no column [{column}]");

    public object? Value(int row, string column) => Rows[row][IndexOf(column)];
}

/// <summary>A relationship, many (<see cref="FromTable"/>) to one (<see cref="ToTable"/>), filtering from the one side.</summary>
internal sealed record DaxRelationship(string FromTable, string FromColumn, string ToTable, string ToColumn);
