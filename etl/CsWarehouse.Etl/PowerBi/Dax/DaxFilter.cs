namespace CsWarehouse.Etl.PowerBi.Dax;

/// <summary>
/// One filter of a filter context, on one table: which of its rows it keeps, and whether it keeps the blank row
/// (the row a fact's foreign key falls on when it matches no row of the table). Filters on the same
/// <see cref="Key"/> replace each other, as CALCULATE replaces the filter on a column.
/// </summary>
internal sealed record DaxFilter(string Key, string Table, Func<DaxTable, int, bool> Keeps, bool KeepsBlankRow)
{
    public static string ColumnKey(string table, string column) => $"{table}|{column}".ToUpperInvariant();

    public static string ColumnsKey(string table, IEnumerable<string> columns) =>
        $"{table}|{string.Join(",", columns.Order(StringComparer.OrdinalIgnoreCase))}".ToUpperInvariant();

    /// <summary>A filter on one column by a predicate on its value.</summary>
    public static DaxFilter OnColumn(DaxTable table, string column, Func<object?, bool> keeps)
    {
        var index = table.IndexOf(column);
        var seen = new Dictionary<object, bool>();
        bool Cached(object? value)
        {
            if (value is null) return keeps(null);
            if (!seen.TryGetValue(value, out var kept)) seen[value] = kept = keeps(value);
            return kept;
        }
        return new DaxFilter(ColumnKey(table.Name, column), table.Name, (t, row) => Cached(t.Rows[row][index]), Cached(null));
    }

    public bool IsOn(string table) => string.Equals(Table, table, StringComparison.OrdinalIgnoreCase);
}
