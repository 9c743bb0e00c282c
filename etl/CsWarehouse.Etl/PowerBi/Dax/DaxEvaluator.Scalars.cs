namespace CsWarehouse.Etl.PowerBi.Dax;

internal sealed partial class DaxEvaluator
{
    private object? Call(DaxCall call, DaxContext context)
    {
        var args = call.Args;
        DaxExpr Arg(int i) => i < args.Count && args[i] is { } a ? a
            : throw new DaxException($"{call.Function} needs argument {i + 1}");
        object? Value(int i) => Scalar(Arg(i), context);
        bool Has(int i) => i < args.Count && args[i] is not null;

        switch (call.Function)
        {
            case "SUM": return Aggregate(call, context, values => values.Count == 0 ? null : values.Sum(v => Num(v)));
            case "AVERAGE": return Aggregate(call, context, values => values.Count == 0 ? null : values.Average(v => Num(v)));
            case "MIN" when args.Count == 2: return Extreme(Value(0), Value(1), -1);
            case "MAX" when args.Count == 2: return Extreme(Value(0), Value(1), 1);
            case "MIN": return Aggregate(call, context, values => values.Count == 0 ? null : values.Min(Comparable));
            case "MAX": return Aggregate(call, context, values => values.Count == 0 ? null : values.Max(Comparable));
            case "DISTINCTCOUNT": return Aggregate(call, context, values => values.Count == 0 ? null : (decimal)values.Distinct().Count());
            case "COUNTROWS":
                var counted = Table(Arg(0), context).Rows.Count;
                return counted == 0 ? null : (decimal)counted;
            case "DIVIDE":
                var numerator = Value(0);
                var denominator = DaxValues.Number(Value(1), "DIVIDE");
                if (denominator is null or 0) return Has(2) ? Value(2) : null;
                return numerator is null ? null : DaxValues.Number(numerator, "DIVIDE") / denominator;
            case "IF":
                return DaxValues.Truthy(Value(0)) ? Value(1) : Has(2) ? Value(2) : null;
            case "ISBLANK": return Value(0) is null;
            case "BLANK": return null;
            case "TRUE": return true;
            case "FALSE": return false;
            case "INT": return Value(0) is { } i ? Math.Floor(Num(i)) : null;
            case "ABS": return Value(0) is { } a ? Math.Abs(Num(a)) : null;
            case "COALESCE": return args.Select((_, n) => Value(n)).FirstOrDefault(v => v is not null);
            case "ISFILTERED": return IsFiltered(Arg(0), context);
            case "HASONEVALUE": return ColumnValues(Arg(0), context).Count == 1;
            case "SELECTEDVALUE":
                var selected = ColumnValues(Arg(0), context);
                return selected.Count == 1 ? selected[0] : Has(1) ? Value(1) : null;
            case "CALCULATE": return Scalar(Arg(0), Calculate(args.Skip(1), context));
            case "SUMX": return Iterate(call, context, values => values.Count == 0 ? null : values.Sum(v => Num(v)));
            case "AVERAGEX": return Iterate(call, context, values => values.Count == 0 ? null : values.Average(v => Num(v)));
            case "MINX": return Iterate(call, context, values => values.Count == 0 ? null : values.Min(Comparable));
            case "MAXX": return Iterate(call, context, values => values.Count == 0 ? null : values.Max(Comparable));
            case "RANKX": return Rank(call, context);
            case "DATE": return new DateTime((int)Num(Value(0)), 1, 1).AddMonths((int)Num(Value(1)) - 1).AddDays((double)Num(Value(2)) - 1);
            case "YEAR": return Value(0) is DateTime y ? (decimal)y.Year : null;
            case "MONTH": return Value(0) is DateTime m ? (decimal)m.Month : null;
            case "EDATE": return Value(0) is DateTime e ? e.AddMonths((int)Num(Value(1))) : null;
            case "EOMONTH":
                if (Value(0) is not DateTime eo) return null;
                var first = new DateTime(eo.Year, eo.Month, 1).AddMonths((int)Num(Value(1)));
                return first.AddMonths(1).AddDays(-1);
            case "DATEDIFF": return DateDiff(Value(0), Value(1), Arg(2));
            default:
                throw new DaxException(DaxFunctions.Known(call.Function)
                    ? $"{call.Function} returns a table (or is a CALCULATE modifier) where a value is expected"
                    : $"unknown function {call.Function}");
        }
    }

    private static decimal Num(object? value) => DaxValues.Number(value, "aggregate") ?? 0;

    private static IComparable Comparable(object? value) => value as IComparable ?? throw new DaxException($"'{value}' cannot be ordered");

    private static object? Extreme(object? a, object? b, int sign)
    {
        if (a is null) return b;
        if (b is null) return a;
        return Comparable(a).CompareTo(b) * sign >= 0 ? a : b;
    }

    /// <summary>SUM/MIN/MAX/AVERAGE/DISTINCTCOUNT of a column over the rows the filter context keeps (BLANKs left out).</summary>
    private object? Aggregate(DaxCall call, DaxContext context, Func<List<object>, object?> aggregate)
    {
        if (call.Args.Count != 1 || call.Args[0] is not DaxColumnRef column)
            throw new DaxException($"{call.Function} takes one column, as 'Table'[Column]");
        var table = Model.Table(column.Table);
        var index = table.IndexOf(column.Column);
        var values = context.Visible(table.Name).Select(i => table.Rows[i][index]).OfType<object>().ToList();
        return aggregate(values);
    }

    /// <summary>SUMX and friends: the expression for each row of the table, BLANK results left out.</summary>
    private object? Iterate(DaxCall call, DaxContext context, Func<List<object>, object?> aggregate)
    {
        if (call.Args.Count != 2 || call.Args[0] is null || call.Args[1] is null) throw new DaxException($"{call.Function} takes a table and an expression");
        var rows = Table(call.Args[0]!, context);
        var values = Enumerable.Range(0, rows.Rows.Count).Select(i => Scalar(call.Args[1]!, context.WithRow(rows.Row(i)))).OfType<object>().ToList();
        return aggregate(values);
    }

    /// <summary>The distinct values a column shows in the filter context (HASONEVALUE, SELECTEDVALUE).</summary>
    private List<object?> ColumnValues(DaxExpr expr, DaxContext context)
    {
        if (expr is not DaxColumnRef column) throw new DaxException("HASONEVALUE and SELECTEDVALUE take a column");
        var table = Model.Table(column.Table);
        var index = table.IndexOf(column.Column);
        return context.Visible(table.Name).Select(i => table.Rows[i][index]).Distinct().ToList();
    }

    /// <summary>RANKX(table, expression, [value], [ASC|DESC], [Skip|Dense]): the rank of the current value among the table's.</summary>
    private object? Rank(DaxCall call, DaxContext context)
    {
        var args = call.Args;
        if (args.Count < 2 || args[0] is null || args[1] is null) throw new DaxException("RANKX takes a table and an expression");
        var rows = Table(args[0]!, context);
        var values = Enumerable.Range(0, rows.Rows.Count).Select(i => Scalar(args[1]!, context.WithRow(rows.Row(i)))).ToList();
        var value = args.Count > 2 && args[2] is { } v ? Scalar(v, context) : Scalar(args[1]!, context);
        var descending = Keyword(args, 3, "DESC") is "DESC";
        var dense = Keyword(args, 4, "SKIP") is "DENSE";
        var above = values.Where(x => descending ? DaxValues.Compare(">", x, value) : DaxValues.Compare("<", x, value));
        return 1m + (dense ? above.Distinct().Count() : above.Count());
    }

    private static string Keyword(IReadOnlyList<DaxExpr?> args, int i, string fallback) =>
        i >= args.Count || args[i] is null ? fallback
        : args[i] is DaxName { Quoted: false } name ? name.Name.ToUpperInvariant()
        : throw new DaxException($"RANKX argument {i + 1} must be a keyword");

    private static object? DateDiff(object? from, object? to, DaxExpr unit)
    {
        if (from is not DateTime a || to is not DateTime b) return null;
        return (unit as DaxName)?.Name.ToUpperInvariant() switch
        {
            "DAY" => (decimal)(b.Date - a.Date).TotalDays,
            "MONTH" => (decimal)((b.Year - a.Year) * 12 + b.Month - a.Month),
            "YEAR" => (decimal)(b.Year - a.Year),
            _ => throw new DaxException("DATEDIFF's interval must be DAY, MONTH or YEAR"),
        };
    }
}
