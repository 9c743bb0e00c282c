namespace CsWarehouse.Etl.PowerBi.Dax;

internal sealed partial class DaxEvaluator
{
    /// <summary>
    /// ISFILTERED(table or column): whether the filter context filters it directly. As in Power BI, a filter that
    /// reaches the table only through a relationship does not count (that is ISCROSSFILTERED).
    /// </summary>
    private bool IsFiltered(DaxExpr arg, DaxContext context)
    {
        switch (arg)
        {
            case DaxName name when Model.HasTable(name.Name):
                return context.Filters.Values.Any(f => f.IsOn(name.Name));
            case DaxColumnRef column:
                var table = Model.Table(column.Table);
                _ = table.IndexOf(column.Column); // a column the table lacks is an error, not 'not filtered'
                return context.Filters.Values.Any(f => f.IsOn(table.Name) && Names(f, column.Column));
            default:
                throw new DaxException("ISFILTERED takes a table or a column");
        }
    }

    /// <summary>Whether a filter's key names the column: its key is 'TABLE|COLUMN' or 'TABLE|A,B' (plus '#keepN' for KEEPFILTERS).</summary>
    private static bool Names(DaxFilter filter, string column) =>
        filter.Key.Split('#')[0].Split('|')[1].Split(',').Contains(column, StringComparer.OrdinalIgnoreCase);
}
