using Npgsql;
using NpgsqlTypes;

namespace CsWarehouse.Etl.Engines.Postgres;

/// <summary>Bulk path for PostgreSQL: binary COPY with an explicit type per column.</summary>
internal sealed class PostgresBulkWriter : IBulkWriter
{
    private readonly NpgsqlBinaryImporter _importer;
    private readonly NpgsqlDbType[] _types;

    public PostgresBulkWriter(NpgsqlConnection connection, TableLayout table)
    {
        var columns = string.Join(", ", table.Columns.Select(c => c.Name));
        _importer = connection.BeginBinaryImport(
            $"copy {table.QualifiedName} ({columns}) from stdin (format binary)");
        // Explicit types: without them Npgsql infers timestamptz for some DateTimes and shifts instants.
        _types = table.Columns.Select(c => TypeOf(c.Kind)).ToArray();
    }

    public void WriteRow(object?[] values)
    {
        _importer.StartRow();
        for (var i = 0; i < values.Length; i++)
        {
            // Each value through the generic Write of its own type: Write(object) looks its converter up every time.
            switch (values[i])
            {
                case null: _importer.WriteNull(); break;
                case string text: _importer.Write(text, _types[i]); break;
                case int number: _importer.Write(number, _types[i]); break;
                case long number: _importer.Write(number, _types[i]); break;
                case decimal number: _importer.Write(number, _types[i]); break;
                case DateTime time: _importer.Write(time, _types[i]); break;
                case DateOnly day: _importer.Write(day, _types[i]); break;
                case var other: _importer.Write(other, _types[i]); break;
            }
        }
    }

    public void Complete() => _importer.Complete();

    public void Dispose() => _importer.Dispose();

    private static NpgsqlDbType TypeOf(ValueKind kind) => kind switch
    {
        ValueKind.Text => NpgsqlDbType.Varchar,
        ValueKind.Int32 => NpgsqlDbType.Integer,
        ValueKind.Int64 => NpgsqlDbType.Bigint,
        ValueKind.Decimal => NpgsqlDbType.Numeric,
        ValueKind.Timestamp => NpgsqlDbType.Timestamp,
        ValueKind.Date => NpgsqlDbType.Date,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
