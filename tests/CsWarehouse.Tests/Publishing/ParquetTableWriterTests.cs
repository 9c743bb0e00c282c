using CsWarehouse.Etl.Publishing;
using CsWarehouse.Tests.Support;
using DuckDB.NET.Data;

namespace CsWarehouse.Tests.Publishing;

/// <summary>The Parquet writer on its own, over an in-memory DuckDB query: row groups, HUGEINT sums, empty tables, types.</summary>
public sealed class ParquetTableWriterTests
{
    private static readonly ExportTable Numbers = new("kpi", "numbers",
    [
        new("n", ExportColumnKind.Int32, 0, 0, Nullable: false),
        new("total", ExportColumnKind.Int64, 0, 0, Nullable: true),
        new("amount", ExportColumnKind.Decimal, 18, 4, Nullable: true),
        new("day", ExportColumnKind.Date, 0, 0, Nullable: true),
        new("at", ExportColumnKind.Timestamp, 0, 0, Nullable: true),
        new("label", ExportColumnKind.String, 0, 0, Nullable: true),
        new("flag", ExportColumnKind.Boolean, 0, 0, Nullable: true),
        new("ratio", ExportColumnKind.Double, 0, 0, Nullable: true),
    ]);

    private const string NumbersSql = """
        select cast(i as integer) as n,
               case when i % 5 = 0 then null else sum(cast(i as bigint)) over (order by i)::hugeint end as total,
               case when i % 7 = 0 then null else cast(i / 8.0 as decimal(18, 4)) end as amount,
               case when i % 3 = 0 then null else date '2026-01-01' + cast(i as integer) end as day,
               timestamp '2026-03-01 09:00:00.123456' + to_seconds(i) as at,
               case when i % 4 = 0 then null else 'Tiếng Việt ' || i end as label,
               i % 2 = 0 as flag,
               i / 3.0::double as ratio
        from range(1, 26) t(i) order by i
        """;

    private static DuckDBConnection OpenMemory()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    /// <summary>Writes the rows of <paramref name="sql"/> as the numbers table to a Parquet file; returns the rows written.</summary>
    private static async Task<long> WriteNumbers(DuckDBConnection connection, string sql, string path, int rowGroupSize = 10)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        await using var file = File.Create(path);
        return await ParquetTableWriter.WriteAsync(Numbers, reader, file, rowGroupSize);
    }

    [Fact]
    public async Task Rows_are_written_in_row_groups_of_the_given_size_and_read_back_unchanged()
    {
        using var folder = new ExportFolder();
        var path = Path.Combine(folder.Path, "kpi.numbers.parquet");
        using var connection = OpenMemory();
        Assert.Equal(25, await WriteNumbers(connection, NumbersSql, path));

        Assert.Equal(3, ExportedFiles.ParquetRowGroups(path));
        var (schema, rows) = ExportedFiles.ReadParquet(path);
        Assert.Equal(Numbers.Columns.Select(c => c.Name), schema.DataFields.Select(f => f.Name));
        Assert.False(schema.DataFields[0].IsNullable);
        Assert.True(schema.DataFields[1].IsNullable);
        Assert.Equal(Enumerable.Range(1, 25), rows.Select(r => (int)r["n"]!));
        var r11 = rows[10];
        Assert.Equal((66L, 1.375m, new DateOnly(2026, 1, 12), "Tiếng Việt 11", false),
            ((long?)r11["total"], (decimal?)r11["amount"], (DateOnly?)r11["day"], (string?)r11["label"], (bool?)r11["flag"]));
        Assert.Equal(new DateTime(2026, 3, 1, 9, 0, 11, 123).AddTicks(4560), (DateTime?)r11["at"]);
        Assert.Equal(11 / 3.0, (double?)r11["ratio"]);
        Assert.Null(rows[4]["total"]);
        Assert.Null(rows[6]["amount"]);
        Assert.Null(rows[2]["day"]);
        Assert.Null(rows[3]["label"]);
    }

    [Fact]
    public async Task DuckDb_reads_the_file_back_with_the_logical_types_Power_BI_maps()
    {
        using var folder = new ExportFolder();
        var path = Path.Combine(folder.Path, "kpi.numbers.parquet");
        using var connection = OpenMemory();
        await WriteNumbers(connection, NumbersSql, path);

        using var describe = connection.CreateCommand();
        describe.CommandText = $"select column_name, column_type from (describe select * from read_parquet('{path.Replace("'", "''")}'))";
        var types = new List<string>();
        using (var reader = describe.ExecuteReader())
            while (reader.Read()) types.Add($"{reader.GetString(0)} {reader.GetString(1)}");
        Assert.Equal(["n INTEGER", "total BIGINT", "amount DECIMAL(18,4)", "day DATE", "at TIMESTAMP", "label VARCHAR", "flag BOOLEAN", "ratio DOUBLE"], types);
        using var sums = connection.CreateCommand();
        sums.CommandText = $"select count(*), sum(total)::bigint, sum(amount)::varchar, count(day) from read_parquet('{path.Replace("'", "''")}')";
        using var row = sums.ExecuteReader();
        Assert.True(row.Read());
        Assert.Equal((25L, 2200L, "35.3750", 17L), (Convert.ToInt64(row.GetValue(0)), Convert.ToInt64(row.GetValue(1)), row.GetString(2), Convert.ToInt64(row.GetValue(3))));
    }

    [Fact]
    public async Task An_empty_table_gives_a_file_with_its_columns_and_no_rows()
    {
        using var folder = new ExportFolder();
        var path = Path.Combine(folder.Path, "kpi.numbers.parquet");
        using var connection = OpenMemory();
        Assert.Equal(0, await WriteNumbers(connection, $"select * from ({NumbersSql}) where n < 0", path, ParquetTableWriter.DefaultRowGroupSize));

        var (schema, rows) = ExportedFiles.ReadParquet(path);
        Assert.Equal(Numbers.Columns.Select(c => c.Name), schema.DataFields.Select(f => f.Name));
        Assert.Empty(rows);
    }

    [Fact]
    public async Task A_failed_write_leaves_the_previous_file_and_no_temporary_file()
    {
        using var folder = new ExportFolder();
        var path = Path.Combine(folder.Path, "kpi.numbers.csv");
        File.WriteAllText(path, "good");

        await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFile.WriteAsync<long>(path, async stream =>
        {
            await stream.WriteAsync("half"u8.ToArray());
            throw new InvalidOperationException("the query failed half way");
        }));

        Assert.Equal("good", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Theory]
    [InlineData("INTEGER", ExportColumnKind.Int32)]
    [InlineData("BIGINT", ExportColumnKind.Int64)]
    [InlineData("HUGEINT", ExportColumnKind.Int64)]
    [InlineData("DECIMAL(18,4)", ExportColumnKind.Decimal)]
    [InlineData("numeric", ExportColumnKind.Decimal)]
    [InlineData("character varying", ExportColumnKind.String)]
    [InlineData("nvarchar", ExportColumnKind.String)]
    [InlineData("date", ExportColumnKind.Date)]
    [InlineData("timestamp without time zone", ExportColumnKind.Timestamp)]
    [InlineData("datetime2", ExportColumnKind.Timestamp)]
    [InlineData("boolean", ExportColumnKind.Boolean)]
    [InlineData("double precision", ExportColumnKind.Double)]
    public void Catalog_types_of_every_engine_map_to_a_kind(string dataType, ExportColumnKind kind) =>
        Assert.Equal(kind, ExportColumnKinds.FromDataType(dataType));
}
