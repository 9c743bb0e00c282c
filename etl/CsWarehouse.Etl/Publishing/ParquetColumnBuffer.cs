using System.Data.Common;
using Parquet;
using Parquet.Schema;

namespace CsWarehouse.Etl.Publishing;

/// <summary>
/// One column's values for the row group being filled: a fixed array reused for every row group,
/// so memory stays flat however big the table is.
/// </summary>
public abstract class ParquetColumnBuffer(DataField field)
{
    public DataField Field { get; } = field;

    /// <summary>Reads the column's value of the reader's current row into slot <paramref name="row"/>.</summary>
    public abstract void Read(DbDataReader reader, int ordinal, int row);

    /// <summary>Writes the first <paramref name="count"/> values as this column's chunk of the row group.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter rowGroup, int count, CancellationToken cancellationToken);

    /// <summary>The Parquet field and buffer for a column: int32, int64, decimal, double, boolean, date, timestamp (micros) or UTF-8 text.</summary>
    public static ParquetColumnBuffer For(ExportColumn column, int rowGroupSize) => column.Kind switch
    {
        ExportColumnKind.Int32 => new ValueBuffer<int>(new DataField<int?>(column.Name, column.Nullable), rowGroupSize, ColumnValues.Int32),
        ExportColumnKind.Int64 => new ValueBuffer<long>(new DataField<long?>(column.Name, column.Nullable), rowGroupSize, ColumnValues.Int64),
        ExportColumnKind.Decimal => new ValueBuffer<decimal>(
            new DecimalDataField(column.Name, column.Precision, column.Scale, forceByteArrayEncoding: false, isNullable: column.Nullable),
            rowGroupSize, ColumnValues.Decimal),
        ExportColumnKind.Double => new ValueBuffer<double>(new DataField<double?>(column.Name, column.Nullable), rowGroupSize, ColumnValues.Double),
        ExportColumnKind.Boolean => new ValueBuffer<bool>(new DataField<bool?>(column.Name, column.Nullable), rowGroupSize, ColumnValues.Boolean),
        ExportColumnKind.Date => new ValueBuffer<DateOnly>(new DataField<DateOnly?>(column.Name, column.Nullable), rowGroupSize, ColumnValues.Date),
        ExportColumnKind.Timestamp => new ValueBuffer<DateTime>(
            new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: false, unit: DateTimeTimeUnit.Micros, isNullable: column.Nullable),
            rowGroupSize, ColumnValues.Timestamp),
        _ => new TextBuffer(new DataField<string>(column.Name, column.Nullable), rowGroupSize),
    };

    private sealed class ValueBuffer<T>(DataField field, int size, Func<DbDataReader, int, T?> read) : ParquetColumnBuffer(field)
        where T : struct
    {
        private readonly T?[] _values = new T?[size];

        public override void Read(DbDataReader reader, int ordinal, int row) =>
            _values[row] = read(reader, ordinal) ?? (Field.IsNullable ? null
                : throw new InvalidDataException($"column {Field.Name} is declared not null but holds a null."));

        public override async Task WriteAsync(ParquetRowGroupWriter rowGroup, int count, CancellationToken cancellationToken) =>
            await rowGroup.WriteAsync<T>(Field, new ReadOnlyMemory<T?>(_values, 0, count), null, null, cancellationToken);
    }

    private sealed class TextBuffer(DataField field, int size) : ParquetColumnBuffer(field)
    {
        private readonly string?[] _values = new string?[size];

        public override void Read(DbDataReader reader, int ordinal, int row) => _values[row] = ColumnValues.String(reader, ordinal);

        public override async Task WriteAsync(ParquetRowGroupWriter rowGroup, int count, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await rowGroup.WriteAsync(Field, new ArraySegment<string?>(_values, 0, count)!, null);
        }
    }
}
