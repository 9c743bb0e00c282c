namespace CsWarehouse.Etl.PowerBi.Dax;

internal sealed partial class DaxEvaluator
{
    private bool IsTableExpr(DaxExpr expr) => expr switch
    {
        DaxCall call => DaxFunctions.Table.Contains(call.Function),
        DaxName name => Model.HasTable(name.Name),
        _ => false,
    };

    /// <summary>A table expression: a model table, VALUES, ALL, ALLSELECTED, FILTER, or a variable holding one.</summary>
    public DaxRows Table(DaxExpr expr, DaxContext context)
    {
        switch (expr)
        {
            case DaxName name when context.Vars.TryGetValue(name.Name, out var v):
                return v as DaxRows ?? throw new DaxException($"variable {name.Name} holds a value where a table is expected");
            case DaxName name:
                var table = Model.Table(name.Name);
                return DaxRows.Of(table, context.Visible(table.Name));
            case DaxCall { Function: "VALUES" or "ALL" or "ALLSELECTED" } call:
                return Values(call, context);
            case DaxCall { Function: "FILTER" } filter:
                if (filter.Args.Count != 2 || filter.Args[0] is null || filter.Args[1] is null) throw new DaxException("FILTER takes a table and a condition");
                var rows = Table(filter.Args[0]!, context);
                var kept = Enumerable.Range(0, rows.Rows.Count)
                    .Where(i => DaxValues.Truthy(Scalar(filter.Args[1]!, context.WithRow(rows.Row(i)))))
                    .Select(i => rows.Rows[i]).ToList();
                return rows with { Rows = kept };
            case DaxCall { Function: "DATESBETWEEN" } between:
                return DatesBetween(between, context);
            case DaxCall { Function: "SAMEPERIODLASTYEAR" } lastYear:
                return SamePeriodLastYear(lastYear, context);
            case DaxCall call:
                throw new DaxException(DaxFunctions.Known(call.Function) ? $"{call.Function} gives a value where a table is expected" : $"unknown function {call.Function}");
            default:
                throw new DaxException($"a table is expected, found {expr.GetType().Name[3..].ToLowerInvariant()}");
        }
    }

    private DaxRows Values(DaxCall call, DaxContext context)
    {
        if (call.Args.Count != 1 || call.Args[0] is null) throw new DaxException($"{call.Function} takes one table or column");
        var over = call.Function switch
        {
            "ALL" => context.WithFilters(context.Filters.Clear()),
            "ALLSELECTED" => context.WithFilters(context.Selected),
            _ => context,
        };
        return call.Args[0] switch
        {
            DaxColumnRef column => DaxRows.Distinct(Model.Table(column.Table), column.Column, over.Visible(column.Table)),
            DaxName name when Model.HasTable(name.Name) => DaxRows.Of(Model.Table(name.Name), over.Visible(name.Name)),
            _ => throw new DaxException($"{call.Function} takes one table or column"),
        };
    }

    /// <summary>DATESBETWEEN(date column, first, last): every date of the column from first to last, whatever the filters.</summary>
    private DaxRows DatesBetween(DaxCall call, DaxContext context)
    {
        if (call.Args.Count != 3 || call.Args[0] is not DaxColumnRef column) throw new DaxException("DATESBETWEEN takes a date column, a first and a last date");
        var first = Scalar(call.Args[1]!, context) as DateTime?;
        var last = Scalar(call.Args[2]!, context) as DateTime?;
        var table = Model.Table(column.Table);
        var index = table.IndexOf(column.Column);
        var rows = Enumerable.Range(0, table.Rows.Count).Where(i => table.Rows[i][index] is DateTime d && (first is null || d >= first) && (last is null || d <= last));
        return DaxRows.Distinct(table, column.Column, rows);
    }

    /// <summary>SAMEPERIODLASTYEAR(date column): the dates the filter context shows, each one year earlier.</summary>
    private DaxRows SamePeriodLastYear(DaxCall call, DaxContext context)
    {
        if (call.Args.Count != 1 || call.Args[0] is not DaxColumnRef column) throw new DaxException("SAMEPERIODLASTYEAR takes a date column");
        var table = Model.Table(column.Table);
        var index = table.IndexOf(column.Column);
        var shifted = context.Visible(table.Name).Select(i => table.Rows[i][index]).OfType<DateTime>().Select(d => (object)d.AddYears(-1)).ToHashSet();
        var rows = Enumerable.Range(0, table.Rows.Count).Where(i => table.Rows[i][index] is { } d && shifted.Contains(d));
        return DaxRows.Distinct(table, column.Column, rows);
    }
}
