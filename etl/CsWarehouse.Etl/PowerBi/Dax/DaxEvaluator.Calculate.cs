using System.Collections.Immutable;

namespace CsWarehouse.Etl.PowerBi.Dax;

internal sealed partial class DaxEvaluator
{
    /// <summary>
    /// CALCULATE's new filter context: context transition, then REMOVEFILTERS/ALL, then each filter argument replacing
    /// the filter on its columns (KEEPFILTERS: added beside it). A boolean argument names one column.
    /// </summary>
    private DaxContext Calculate(IEnumerable<DaxExpr?> arguments, DaxContext context)
    {
        var args = arguments.Select(a => a ?? throw new DaxException("CALCULATE has an empty filter argument")).ToList();
        var outer = Transition(context);
        var filters = outer.Filters;
        // Filter arguments are evaluated in the context CALCULATE was called in, before any of them applies.
        var added = new List<(DaxFilter Filter, bool Keep)>();
        foreach (var arg in args)
        {
            switch (arg)
            {
                case DaxCall { Function: "REMOVEFILTERS" or "ALL" } remove:
                    filters = Remove(filters, remove);
                    break;
                case DaxCall { Function: "KEEPFILTERS" } keep when keep.Args.Count == 1 && keep.Args[0] is { } inner:
                    added.Add((FilterOf(inner, context), true));
                    break;
                default:
                    added.Add((FilterOf(arg, context), false));
                    break;
            }
        }
        // A filter on the marked date table's date column clears the table's other filters (Power BI's date table rule).
        if (Model.DateColumn is { } date && added.Any(a => a.Filter.Key == DaxFilter.ColumnKey(date.Table, date.Column)))
            filters = filters.RemoveRange(filters.Where(f => f.Value.IsOn(date.Table)).Select(f => f.Key).ToList());
        // Arguments on the same columns all apply (AND); together they replace the outer filter on those columns.
        var n = 0;
        foreach (var group in added.Where(a => !a.Keep).GroupBy(a => a.Filter.Key))
        {
            var parts = group.Select(a => a.Filter).ToList();
            filters = filters.SetItem(group.Key, parts[0] with
            {
                Keeps = (t, i) => parts.All(p => p.Keeps(t, i)),
                KeepsBlankRow = parts.All(p => p.KeepsBlankRow),
            });
        }
        foreach (var (filter, _) in added.Where(a => a.Keep)) filters = filters.SetItem($"{filter.Key}#keep{n++}", filter);
        return context.WithFilters(filters);
    }

    private ImmutableDictionary<string, DaxFilter> Remove(ImmutableDictionary<string, DaxFilter> filters, DaxCall call)
    {
        if (call.Args.Count == 0) return filters.Clear();
        foreach (var arg in call.Args)
        {
            filters = arg switch
            {
                DaxName name when Model.HasTable(name.Name) => filters.RemoveRange(filters.Where(f => f.Value.IsOn(name.Name)).Select(f => f.Key).ToList()),
                DaxColumnRef column => filters.RemoveRange(filters.Keys.Where(k =>
                    k.Split('#')[0] == DaxFilter.ColumnKey(Model.Table(column.Table).Name, column.Column)).ToList()),
                _ => throw new DaxException($"{call.Function} takes tables or columns"),
            };
        }
        return filters;
    }

    /// <summary>A filter argument: a table expression (its rows' values) or a boolean on one column.</summary>
    private DaxFilter FilterOf(DaxExpr arg, DaxContext context)
    {
        if (IsTableExpr(arg) || arg is DaxName name && context.Vars.TryGetValue(name.Name, out var v) && v is DaxRows)
        {
            var rows = Table(arg, context);
            var tables = rows.Columns.Select(c => c.Table).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (tables.Count != 1) throw new DaxException("a table filter must hold columns of one table");
            var table = Model.Table(tables[0]);
            var indexes = rows.Columns.Select(c => table.IndexOf(c.Column)).ToList();
            var kept = rows.Rows.Select(r => string.Join("\u0001", r.Select(DaxValues.Text))).ToHashSet();
            return new DaxFilter(DaxFilter.ColumnsKey(table.Name, rows.Columns.Select(c => c.Column)), table.Name,
                (t, i) => kept.Contains(string.Join("\u0001", indexes.Select(x => DaxValues.Text(t.Rows[i][x])))), false);
        }
        var columns = ColumnsIn(arg).Distinct().ToList();
        if (columns.Count != 1)
            throw new DaxException($"a boolean filter must name exactly one column, found {columns.Count} ({string.Join(", ", columns)})");
        var column = columns[0];
        var model = Model.Table(column.Table);
        var outer = context;
        return DaxFilter.OnColumn(model, column.Column,
            value => DaxValues.Truthy(Scalar(arg, outer.WithRow([new DaxRowValue(model.Name, column.Column, value)]))));
    }

    private static IEnumerable<DaxColumnRef> ColumnsIn(DaxExpr expr) => expr switch
    {
        DaxColumnRef c => [c],
        DaxMeasureRef m => throw new DaxException($"a boolean filter cannot use the measure [{m.Name}]"),
        DaxBinary b => ColumnsIn(b.Left).Concat(ColumnsIn(b.Right)),
        DaxUnary u => ColumnsIn(u.Operand),
        DaxCall call => call.Args.OfType<DaxExpr>().SelectMany(ColumnsIn),
        DaxVarBlock block => block.Vars.SelectMany(v => ColumnsIn(v.Value)).Concat(ColumnsIn(block.Body)),
        _ => [],
    };
}
