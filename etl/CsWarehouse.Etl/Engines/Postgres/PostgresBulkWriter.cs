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
            if (values[i] is null) _importer.WriteNull();
            else _importer.Write(values[i], _types[i]);
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
