using System.Data.Common;
using Parquet;
using Parquet.Schema;

namespace CsWarehouse.Etl.Publishing;

/// <summary>
/// Writes rows as a Parquet file (Snappy), one row group per <see cref="DefaultRowGroupSize"/> rows, so only
/// one row group is ever held in memory. Column names and order are the table's.
/// </summary>
public static class ParquetTableWriter
{
    public const int DefaultRowGroupSize = 100_000;

    /// <summary>Streams every row of <paramref name="reader"/> to <paramref name="output"/>; returns the row count.</summary>
    public static async Task<long> WriteAsync(ExportTable table, DbDataReader reader, Stream output,
        int rowGroupSize = DefaultRowGroupSize, CancellationToken cancellationToken = default)
    {
        var buffers = table.Columns.Select(c => ParquetColumnBuffer.For(c, rowGroupSize)).ToList();
        var schema = new ParquetSchema(buffers.Select(b => (Field)b.Field));
        await using var writer = await ParquetWriter.CreateAsync(schema, output, cancellationToken: cancellationToken);
        long rows = 0;
        var filled = 0;
        var more = true;
        while (more)
        {
            more = reader.Read();
            if (more)
            {
                for (var i = 0; i < buffers.Count; i++) buffers[i].Read(reader, i, filled);
                filled++;
                rows++;
            }
            // Flush a full row group, and the last partial one; an empty table still gets one empty row group
            // so readers see its schema with zero rows.
            if (filled == rowGroupSize || (!more && (filled > 0 || rows == 0)))
            {
                using var rowGroup = writer.CreateRowGroup();
                foreach (var buffer in buffers) await buffer.WriteAsync(rowGroup, filled, cancellationToken);
                rowGroup.CompleteValidate();
                filled = 0;
            }
        }
        return rows;
    }
}
