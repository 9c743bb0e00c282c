namespace CsWarehouse.Etl.PowerBi.Dax;

/// <summary>A table value: its columns (each from a model table) and rows; an iterator binds each row in turn.</summary>
internal sealed record DaxRows(IReadOnlyList<(string Table, string Column)> Columns, IReadOnlyList<object?[]> Rows)
{
    public IReadOnlyList<DaxRowValue> Row(int i) => Columns.Select((c, j) => new DaxRowValue(c.Table, c.Column, Rows[i][j])).ToList();

    public static DaxRows Of(DaxTable table, IEnumerable<int> rows) =>
        new(table.Columns.Select(c => (table.Name, c)).ToList(), rows.Select(i => table.Rows[i]).ToList());

    /// <summary>The distinct values of one column of a table, over the given rows.</summary>
    public static DaxRows Distinct(DaxTable table, string column, IEnumerable<int> rows)
    {
        var index = table.IndexOf(column);
        var values = rows.Select(i => table.Rows[i][index]).Distinct().Select(v => new[] { v }).ToList();
        return new DaxRows([(table.Name, table.Columns[index])], values);
    }
}
