using System.Collections.Immutable;

namespace CsWarehouse.Etl.PowerBi.Dax;

/// <summary>A column value seen by a row context: the table and column it comes from.</summary>
internal sealed record DaxRowValue(string Table, string Column, object? Value);

/// <summary>
/// Where an expression is evaluated: the filter context (filters by key), the row context (the rows being iterated,
/// innermost last), the variables in scope, and the filters of the query itself (what ALLSELECTED returns to).
/// Immutable; the rows each table shows under the filters are computed once per context.
/// </summary>
internal sealed class DaxContext
{
    private readonly Dictionary<string, IReadOnlyList<int>> _visible = new(StringComparer.OrdinalIgnoreCase);

    public DaxContext(DaxModel model, ImmutableDictionary<string, DaxFilter> filters,
        ImmutableList<IReadOnlyList<DaxRowValue>> rows, ImmutableDictionary<string, object?> vars, ImmutableDictionary<string, DaxFilter>? selected)
    {
        Model = model;
        Filters = filters;
        Rows = rows;
        Vars = vars;
        Selected = selected ?? filters;
    }

    public DaxModel Model { get; }
    public ImmutableDictionary<string, DaxFilter> Filters { get; }
    public ImmutableList<IReadOnlyList<DaxRowValue>> Rows { get; }
    public ImmutableDictionary<string, object?> Vars { get; }
    public ImmutableDictionary<string, DaxFilter> Selected { get; }

    public static DaxContext Query(DaxModel model, IEnumerable<DaxFilter> slicers, IEnumerable<DaxFilter> groups)
    {
        var selected = slicers.ToImmutableDictionary(f => f.Key, f => f, StringComparer.OrdinalIgnoreCase);
        var all = selected.SetItems(groups.Select(f => KeyValuePair.Create(f.Key, f)));
        return new DaxContext(model, all, [], ImmutableDictionary<string, object?>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase), selected);
    }

    public DaxContext WithFilters(ImmutableDictionary<string, DaxFilter> filters) => new(Model, filters, [], Vars, Selected);

    public DaxContext WithRow(IReadOnlyList<DaxRowValue> row) => new(Model, Filters, Rows.Add(row), Vars, Selected);

    public DaxContext WithVar(string name, object? value) => new(Model, Filters, Rows, Vars.SetItem(name, value), Selected);

    /// <summary>For a measure: the same filters, no row context and no variables.</summary>
    public DaxContext ForMeasure() => Rows.IsEmpty && Vars.IsEmpty ? this : new(Model, Filters, [], Vars.Clear(), Selected);

    public bool TryRowValue(string table, string column, out object? value)
    {
        for (var i = Rows.Count - 1; i >= 0; i--)
        {
            foreach (var v in Rows[i])
            {
                if (string.Equals(v.Table, table, StringComparison.OrdinalIgnoreCase) && string.Equals(v.Column, column, StringComparison.OrdinalIgnoreCase))
                {
                    value = v.Value;
                    return true;
                }
            }
        }
        value = null;
        return false;
    }

    /// <summary>The rows of a table the filter context keeps: its own filters, and through each relationship, the filters on the one side.</summary>
    public IReadOnlyList<int> Visible(string tableName)
    {
        if (_visible.TryGetValue(tableName, out var rows)) return rows;
        var table = Model.Table(tableName);
        var own = Filters.Values.Where(f => f.IsOn(table.Name)).ToList();
        var related = Model.Relationships
            .Where(r => string.Equals(r.FromTable, table.Name, StringComparison.OrdinalIgnoreCase) && IsFiltered(r.ToTable))
            .Select(r =>
            {
                var one = Model.Table(r.ToTable);
                var keyIndex = one.IndexOf(r.ToColumn);
                var keys = Visible(one.Name).Select(i => one.Rows[i][keyIndex]).OfType<object>().ToHashSet();
                var all = Model.Keys(one.Name, r.ToColumn);
                var blank = BlankRowVisible(one.Name);
                var fk = table.IndexOf(r.FromColumn);
                return (Func<object?[], bool>)(row => row[fk] is { } key && all.Contains(key) ? keys.Contains(key) : blank);
            })
            .ToList();
        var kept = new List<int>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (own.All(f => f.Keeps(table, i)) && related.All(r => r(row))) kept.Add(i);
        }
        return _visible[tableName] = kept;
    }

    public bool IsFiltered(string table) =>
        Filters.Values.Any(f => f.IsOn(table)) ||
        Model.Relationships.Any(r => string.Equals(r.FromTable, table, StringComparison.OrdinalIgnoreCase) && IsFiltered(r.ToTable));

    private bool BlankRowVisible(string table) => Filters.Values.Where(f => f.IsOn(table)).All(f => f.KeepsBlankRow);
}
