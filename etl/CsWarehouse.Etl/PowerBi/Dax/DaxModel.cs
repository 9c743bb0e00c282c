namespace CsWarehouse.Etl.PowerBi.Dax;

/// <summary>A measure of the model: its name, the table it is stored on and its DAX text.</summary>
public sealed record DaxMeasure(string Name, string Table, string Expression);

/// <summary>The tables (with their rows), relationships and measures of a semantic model, ready to evaluate.</summary>
internal sealed class DaxModel
{
    private readonly Dictionary<string, DaxTable> _tables;
    private readonly Dictionary<string, DaxMeasure> _measures;
    private readonly Dictionary<string, DaxExpr> _parsed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string, string), HashSet<object>> _keys = [];

    public DaxModel(IEnumerable<DaxTable> tables, IEnumerable<DaxRelationship> relationships, IEnumerable<DaxMeasure> measures,
        (string Table, string Column)? dateColumn = null)
    {
        DateColumn = dateColumn;
        _tables = tables.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        Relationships = relationships.ToList();
        _measures = measures.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<DaxRelationship> Relationships { get; }

    /// <summary>The date column of the table marked as the date table: a filter on it clears the table's other filters, as in Power BI.</summary>
    public (string Table, string Column)? DateColumn { get; }

    /// <summary>The same tables and relationships with other measures (a mutated copy of the model).</summary>
    public DaxModel With(IEnumerable<DaxMeasure> measures) => new(_tables.Values, Relationships, measures, DateColumn);

    public IEnumerable<DaxMeasure> Measures => _measures.Values;

    public bool HasTable(string name) => _tables.ContainsKey(name);

    public DaxTable Table(string name) => _tables.TryGetValue(name, out var t) ? t : throw new DaxException($"unknown table '{name}'");

    public DaxMeasure Measure(string name) => _measures.TryGetValue(name, out var m) ? m : throw new DaxException($"unknown measure [{name}]");

    /// <summary>A measure's parsed expression; a syntax error names the measure.</summary>
    public DaxExpr Parsed(string name)
    {
        if (_parsed.TryGetValue(name, out var expr)) return expr;
        var measure = Measure(name);
        try { expr = DaxParser.Parse(measure.Expression); }
        catch (DaxException e) { throw new DaxException($"[{measure.Name}] {e.Message}"); }
        return _parsed[name] = expr;
    }

    /// <summary>Every value of a column (the keys of the one side of a relationship), to tell an unmatched foreign key.</summary>
    public HashSet<object> Keys(string table, string column)
    {
        if (_keys.TryGetValue((table, column), out var keys)) return keys;
        var t = Table(table);
        var index = t.IndexOf(column);
        keys = t.Rows.Select(r => r[index]).OfType<object>().ToHashSet();
        return _keys[(table, column)] = keys;
    }
}
