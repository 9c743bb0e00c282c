namespace CsWarehouse.Etl.PowerBi.Dax;

/// <summary>
/// Evaluates DAX over a <see cref="DaxModel"/> held in memory, with filter context, row context, context transition
/// and BLANK as the engine treats them — for exactly the functions <see cref="DaxFunctions"/> names. Anything else is
/// a <see cref="DaxException"/>, so a measure using a function this evaluator does not know fails its check.
/// </summary>
internal sealed partial class DaxEvaluator(DaxModel model)
{
    public DaxModel Model { get; } = model;

    /// <summary>The value of a measure in the query context of the slicers and the group (row of a visual) given.</summary>
    public object? Measure(string name, IEnumerable<DaxFilter> slicers, IEnumerable<DaxFilter> group) =>
        MeasureValue(name, DaxContext.Query(Model, slicers, group));

    private object? MeasureValue(string name, DaxContext context)
    {
        var measure = Model.Measure(name);
        try { return Scalar(Model.Parsed(measure.Name), Transition(context).ForMeasure()); }
        catch (DaxException e) when (!e.Message.StartsWith('[')) { throw new DaxException($"[{measure.Name}] {e.Message}"); }
    }

    public object? Scalar(DaxExpr expr, DaxContext context)
    {
        switch (expr)
        {
            case DaxNumber n: return n.Value;
            case DaxString s: return s.Value;
            case DaxMeasureRef m: return MeasureValue(m.Name, context);
            case DaxColumnRef c:
                if (context.TryRowValue(c.Table, c.Column, out var value)) return value;
                throw new DaxException($"{c} is read outside a row context (wrap it in SUM, MAX, SELECTEDVALUE...)");
            case DaxName name:
                if (context.Vars.TryGetValue(name.Name, out var v))
                    return v is DaxRows ? throw new DaxException($"variable {name.Name} holds a table where a value is expected") : v;
                throw new DaxException($"'{name.Name}' is not a variable in scope");
            case DaxVarBlock block:
                foreach (var (varName, varExpr) in block.Vars)
                    context = context.WithVar(varName, IsTableExpr(varExpr) ? Table(varExpr, context) : Scalar(varExpr, context));
                return Scalar(block.Body, context);
            case DaxUnary { Op: "NOT" } not: return !DaxValues.Truthy(Scalar(not.Operand, context));
            case DaxUnary { Op: "-" } minus: return DaxValues.Arithmetic("*", Scalar(minus.Operand, context), -1m);
            case DaxBinary b: return Binary(b, context);
            case DaxCall call: return Call(call, context);
            default: throw new DaxException($"unsupported expression {expr.GetType().Name}");
        }
    }

    private object? Binary(DaxBinary b, DaxContext context)
    {
        switch (b.Op)
        {
            case "&&": return DaxValues.Truthy(Scalar(b.Left, context)) && DaxValues.Truthy(Scalar(b.Right, context));
            case "||": return DaxValues.Truthy(Scalar(b.Left, context)) || DaxValues.Truthy(Scalar(b.Right, context));
            case "&": return DaxValues.Text(Scalar(b.Left, context)) + DaxValues.Text(Scalar(b.Right, context));
            case "=" or "<>" or "<" or ">" or "<=" or ">=": return DaxValues.Compare(b.Op, Scalar(b.Left, context), Scalar(b.Right, context));
            default: return DaxValues.Arithmetic(b.Op, Scalar(b.Left, context), Scalar(b.Right, context));
        }
    }

    /// <summary>Context transition: the rows being iterated become filters (each column equal to the row's value).</summary>
    private static DaxContext Transition(DaxContext context)
    {
        if (context.Rows.IsEmpty) return context;
        var filters = context.Filters;
        foreach (var row in context.Rows)
        foreach (var value in row)
        {
            var table = context.Model.Table(value.Table);
            var wanted = value.Value;
            filters = filters.SetItem(DaxFilter.ColumnKey(table.Name, value.Column),
                DaxFilter.OnColumn(table, value.Column, v => Equals(v, wanted)));
        }
        return context.WithFilters(filters);
    }
}
