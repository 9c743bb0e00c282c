using System.Data;
using Microsoft.Data.SqlClient;

namespace CsWarehouse.Etl.Engines.SqlServer;

/// <summary>
/// Bulk path for SQL Server: SqlBulkCopy fed in fixed-size batches, so memory stays flat
/// however large the file is.
/// </summary>
public sealed class SqlServerBulkWriter : IBulkWriter
{
    public const int BatchRows = 50_000;

    private readonly SqlBulkCopy? _bulkCopy;
    private readonly DataTable _batch;
    private readonly Action<DataTable> _send;

    internal SqlServerBulkWriter(SqlConnection connection, SqlTransaction transaction, TableLayout table)
        : this(table, null)
    {
        _bulkCopy = new SqlBulkCopy(connection, SqlBulkCopyOptions.TableLock, transaction)
        {
            DestinationTableName = table.QualifiedName,
            BulkCopyTimeout = 0,
            BatchSize = BatchRows,
        };
        foreach (var column in table.Columns)
            _bulkCopy.ColumnMappings.Add(column.Name, column.Name);
        _send = _bulkCopy.WriteToServer;
    }

    /// <summary>A writer that hands each full batch to <paramref name="send"/>: how tests see the batches without a server.</summary>
    public SqlServerBulkWriter(TableLayout table, Action<DataTable>? send)
    {
        _batch = new DataTable(table.QualifiedName);
        foreach (var column in table.Columns)
            _batch.Columns.Add(column.Name, ClrType(column.Kind));
        _send = send ?? (_ => { });
    }

    public void WriteRow(object?[] values)
    {
        var row = _batch.NewRow();
        for (var i = 0; i < values.Length; i++)
            row[i] = values[i] switch { null => DBNull.Value, DateOnly d => d.ToDateTime(TimeOnly.MinValue), var v => v };
        _batch.Rows.Add(row);
        if (_batch.Rows.Count >= BatchRows) Flush();
    }

    public void Complete() => Flush();

    public void Dispose()
    {
        _bulkCopy?.Close();
        _batch.Dispose();
    }

    private void Flush()
    {
        if (_batch.Rows.Count == 0) return;
        _send(_batch);
        _batch.Clear();
    }

    private static Type ClrType(Engines.ValueKind kind) => kind switch
    {
        Engines.ValueKind.Text => typeof(string),
        Engines.ValueKind.Int32 => typeof(int),
        Engines.ValueKind.Int64 => typeof(long),
        Engines.ValueKind.Decimal => typeof(decimal),
        Engines.ValueKind.Timestamp or Engines.ValueKind.Date => typeof(DateTime),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
