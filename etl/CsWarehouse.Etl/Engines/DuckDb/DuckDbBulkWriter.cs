using DuckDB.NET.Data;

namespace CsWarehouse.Etl.Engines.DuckDb;

/// <summary>Bulk path for DuckDB: the appender, which joins the connection's open transaction.</summary>
internal sealed class DuckDbBulkWriter(DuckDBAppender appender, TableLayout table) : IBulkWriter
{
    private readonly DuckDBAppender _appender = appender;

    public void WriteRow(object?[] values)
    {
        var row = _appender.CreateRow();
        for (var i = 0; i < values.Length; i++)
        {
            row = values[i] switch
            {
                null => row.AppendNullValue(),
                string s => row.AppendValue(s),
                int n => row.AppendValue((int?)n),
                long n => row.AppendValue((long?)n),
                // The appender truncates decimals to the column scale; the readers round before this.
                decimal d => row.AppendValue((decimal?)d),
                DateTime t => row.AppendValue((DateTime?)t),
                DateOnly d => row.AppendValue((DateOnly?)d),
                var other => throw new InvalidOperationException(
                    $"{table.QualifiedName}: cannot append a {other.GetType().Name}."),
            };
        }
        row.EndRow();
    }

    public void Complete() => _appender.Close();

    public void Dispose() => _appender.Dispose();
}
