using System.Data;
using System.Text.RegularExpressions;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Engines.SqlServer;
using CsWarehouse.Etl.Contracts;
using CsWarehouse.Etl.Migrations;
using CsWarehouse.Tests.Portability;

namespace CsWarehouse.Tests.Engines;

/// <summary>
/// The SQL Server bulk path without a server: the test constructor hands each full DataTable to a callback,
/// which records what it sees (counts, values) rather than keeping the table, which the writer reuses.
/// </summary>
public sealed partial class SqlServerBulkWriterTests
{
    private static readonly TableLayout Layout = new("stg", "sample",
    [
        new ColumnLayout("id", ValueKind.Int32),
        new ColumnLayout("name", ValueKind.Text),
        new ColumnLayout("big", ValueKind.Int64),
        new ColumnLayout("amount", ValueKind.Decimal),
        new ColumnLayout("at", ValueKind.Timestamp),
        new ColumnLayout("on_day", ValueKind.Date),
    ]);

    private static object?[] Row(int id) =>
        [id, "n" + id, 10_000_000_000L + id, id + 0.25m, new DateTime(2024, 1, 1, 0, 0, 0).AddSeconds(id), new DateOnly(2024, 1, 1)];

    private sealed record Batch(int Rows, int FirstId, int LastId, DataTable Table);

    private static (SqlServerBulkWriter Writer, List<Batch> Batches) Capture(TableLayout layout)
    {
        var batches = new List<Batch>();
        var writer = new SqlServerBulkWriter(layout, table => batches.Add(new Batch(
            table.Rows.Count,
            table.Rows.Count > 0 && table.Rows[0][0] is int first ? first : -1,
            table.Rows.Count > 0 && table.Rows[^1][0] is int last ? last : -1,
            table)));
        return (writer, batches);
    }

    [Fact]
    public void Sends_full_batches_then_the_remainder_on_complete()
    {
        const int total = 120_001;
        var (writer, batches) = Capture(Layout);
        using (writer)
        {
            for (var id = 0; id < total; id++)
            {
                writer.WriteRow(Row(id));
                // A batch leaves exactly when it is full, never later.
                Assert.Equal((id + 1) / SqlServerBulkWriter.BatchRows, batches.Count);
            }

            Assert.Equal([SqlServerBulkWriter.BatchRows, SqlServerBulkWriter.BatchRows], batches.Select(b => b.Rows));
            writer.Complete();
        }

        Assert.Equal(50_000, SqlServerBulkWriter.BatchRows);
        Assert.Equal([50_000, 50_000, 20_001], batches.Select(b => b.Rows));
        Assert.Equal(total, batches.Sum(b => b.Rows));
        // Each batch starts where the previous one ended: rows are neither repeated nor dropped.
        Assert.Equal([0, 50_000, 100_000], batches.Select(b => b.FirstId));
        Assert.Equal([49_999, 99_999, 120_000], batches.Select(b => b.LastId));
    }

    [Fact]
    public void Reuses_one_table_and_clears_it_after_each_batch()
    {
        var (writer, batches) = Capture(Layout);
        using (writer)
        {
            for (var id = 0; id < SqlServerBulkWriter.BatchRows + 3; id++)
            {
                writer.WriteRow(Row(id));
                if (id == SqlServerBulkWriter.BatchRows - 1)
                    Assert.Equal(0, Assert.Single(batches).Table.Rows.Count); // cleared as soon as it was sent
            }
            writer.Complete();

            Assert.Equal(2, batches.Count);
            Assert.Same(batches[0].Table, batches[1].Table); // one buffer for the whole file: memory stays flat
            Assert.Equal(0, batches[1].Table.Rows.Count);
        }
    }

    [Fact]
    public void Exactly_one_full_batch_is_sent_once_and_an_empty_writer_sends_nothing()
    {
        var (writer, batches) = Capture(Layout);
        using (writer)
        {
            for (var id = 0; id < SqlServerBulkWriter.BatchRows; id++) writer.WriteRow(Row(id));
            writer.Complete();
        }
        var (empty, none) = Capture(Layout);
        using (empty) empty.Complete();

        Assert.Equal([SqlServerBulkWriter.BatchRows], batches.Select(b => b.Rows));
        Assert.Empty(none);
    }

    [Fact]
    public void Columns_have_the_layout_names_and_clr_types()
    {
        var (writer, batches) = Capture(Layout);
        using (writer)
        {
            writer.WriteRow(Row(1));
            writer.Complete();

            var table = Assert.Single(batches).Table;
            Assert.Equal("stg.sample", table.TableName);
            Assert.Equal(["id", "name", "big", "amount", "at", "on_day"], table.Columns.Cast<DataColumn>().Select(c => c.ColumnName));
            Assert.Equal([typeof(int), typeof(string), typeof(long), typeof(decimal), typeof(DateTime), typeof(DateTime)],
                table.Columns.Cast<DataColumn>().Select(c => c.DataType));
        }
    }

    [Fact]
    public void Nulls_become_DBNull_and_dates_become_midnight_DateTimes()
    {
        var seen = new List<object?[]>();
        using var writer = new SqlServerBulkWriter(Layout, table =>
        {
            foreach (DataRow row in table.Rows) seen.Add(row.ItemArray);
        });
        var at = new DateTime(2024, 2, 29, 23, 59, 58, 123, DateTimeKind.Unspecified);

        writer.WriteRow([7, null, null, null, null, null]);
        writer.WriteRow([8, "x", 9L, 1.2345m, at, new DateOnly(2024, 2, 29)]);
        writer.Complete();

        Assert.Equal(2, seen.Count);
        Assert.Equal(7, seen[0][0]);
        Assert.All(seen[0].Skip(1), v => Assert.Same(DBNull.Value, v));
        Assert.Equal([8, "x", 9L, 1.2345m, at, new DateTime(2024, 2, 29, 0, 0, 0)], seen[1]);
        var day = Assert.IsType<DateTime>(seen[1][5]);
        Assert.Equal(TimeSpan.Zero, day.TimeOfDay);
        Assert.NotEqual(DateTimeKind.Local, day.Kind);
        Assert.Equal(DateTimeKind.Unspecified, Assert.IsType<DateTime>(seen[1][4]).Kind); // a UTC wall clock passes through unshifted
    }

    // ---- staging tables: what SqlBulkCopy maps by name must exist on both sides ----

    /// <summary>Staging tables not filled from an export file: the loader's context row and the conform work tables.</summary>
    private static readonly HashSet<string> NotFromExports =
    [
        "load_context", "ticket_message_work", "mrr_customer", "customer_month_mrr", "subscription_snapshot_step",
        "subscription_snapshot_warning",
    ];

    [Fact]
    public void Staging_scripts_declare_tables()
    {
        var tables = StagingTables();

        Assert.All(WarehouseScripts.In("1_staging"), s => Assert.True(CreateTable().IsMatch(PortableSql.Strip(s.Text))
            || AlterTable().IsMatch(PortableSql.Strip(s.Text)), $"{s.Path} neither creates nor alters a stg table"));
        Assert.All(tables.Values, t => Assert.NotEmpty(t.Columns));
        Assert.Contains("line_number", tables["ticket"].Columns.Select(c => c.Name));
    }

    [Fact]
    public void Every_staging_table_maps_onto_its_export_layout()
    {
        var tables = StagingTables();
        var problems = new List<string>();

        foreach (var export in CanonicalExports.All)
        {
            var layout = export.Staging;
            if (!tables.TryGetValue(layout.Name, out var table))
            {
                problems.Add($"{export.FileName}: no 'create table stg.{layout.Name}' in warehouse/1_staging");
                continue;
            }
            var declared = table.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
            var staged = layout.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
            foreach (var column in declared.Keys.Except(staged.Keys))
                problems.Add($"{table.Path}: stg.{layout.Name}.{column} is declared but {export.FileName} stages no such column");
            foreach (var column in staged.Keys.Except(declared.Keys))
                problems.Add($"{table.Path}: {export.FileName} stages {column}, which stg.{layout.Name} does not declare");
            foreach (var column in staged.Values.Where(c => declared.ContainsKey(c.Name)))
            {
                var sqlType = declared[column.Name].Type;
                if (!Compatible(column.Kind, sqlType))
                    problems.Add($"{table.Path}: stg.{layout.Name}.{column.Name} is '{sqlType}' but is staged as {column.Kind}");
            }

            // The DataTable the writer builds carries exactly the names SqlBulkCopy maps onto the table.
            var (writer, batches) = Capture(layout);
            using (writer)
            {
                writer.WriteRow(layout.Columns.Select(c => Sample(c.Kind)).ToArray());
                writer.Complete();
                var names = batches.Single().Table.Columns.Cast<DataColumn>().Select(c => c.ColumnName);
                foreach (var name in names.Where(n => !declared.ContainsKey(n)))
                    problems.Add($"{table.Path}: the bulk writer's column {name} is not in stg.{layout.Name}");
            }
        }

        var filled = CanonicalExports.All.Select(e => e.Staging.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var table in tables.Values.Where(t => !filled.Contains(t.Name) && !NotFromExports.Contains(t.Name)))
            problems.Add($"{table.Path}: stg.{table.Name} is filled by no export (add one, or list it in {nameof(NotFromExports)})");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static object Sample(ValueKind kind) => kind switch
    {
        ValueKind.Text => "x",
        ValueKind.Int32 => 1,
        ValueKind.Int64 => 1L,
        ValueKind.Decimal => 1.5m,
        ValueKind.Timestamp => new DateTime(2024, 1, 1, 12, 0, 0),
        ValueKind.Date => new DateOnly(2024, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Whether a value kind fits a declared column type (as written, before variable substitution).</summary>
    private static bool Compatible(ValueKind kind, string sqlType)
    {
        var type = Regex.Replace(sqlType.ToLowerInvariant(), @"\s+not\s+null\b|\s+null\b", "").Trim();
        return kind switch
        {
            ValueKind.Text => type is "$key$" or "$text$" or "$longtext$",
            ValueKind.Int32 => type is "integer" or "int",
            ValueKind.Int64 => type is "bigint",
            ValueKind.Decimal => type.StartsWith("decimal", StringComparison.Ordinal) || type.StartsWith("numeric", StringComparison.Ordinal),
            ValueKind.Timestamp => type is "$timestamp$",
            ValueKind.Date => type is "date",
            _ => false,
        };
    }

    private sealed record StagingColumn(string Name, string Type);

    private sealed record StagingTable(string Path, string Name, IReadOnlyList<StagingColumn> Columns);

    /// <summary>
    /// The stg tables as 1_staging declares them, with the columns later scripts drop or add. A plain text reading
    /// (comments and literals stripped, columns split at top-level commas), not the T-SQL parser, so a script the
    /// parser rejects is still mapped here.
    /// </summary>
    private static Dictionary<string, StagingTable> StagingTables()
    {
        var tables = new Dictionary<string, StagingTable>(StringComparer.Ordinal);
        foreach (var script in WarehouseScripts.In("1_staging"))
        {
            var code = PortableSql.Strip(script.Text);
            foreach (Match m in CreateTable().Matches(code))
            {
                var columns = SplitTopLevel(m.Groups["body"].Value)
                    .Select(c => c.Trim())
                    .Where(c => c.Length > 0 && !ConstraintStart().IsMatch(c))
                    .Select(c => Regex.Match(c, @"^(?<name>""?\w+""?)\s+(?<type>[\s\S]+)$"))
                    .Select(c => new StagingColumn(c.Groups["name"].Value.Trim('"'), Regex.Replace(c.Groups["type"].Value, @"\s+", " ")))
                    .ToList();
                tables.Add(m.Groups["name"].Value, new StagingTable(script.Path, m.Groups["name"].Value, columns));
            }
            foreach (Match m in AlterTable().Matches(code))
            {
                var table = tables[m.Groups["name"].Value];
                var columns = table.Columns.Where(c => c.Name != m.Groups["column"].Value).ToList();
                if (m.Groups["type"].Success)
                    columns.Add(new StagingColumn(m.Groups["column"].Value, Regex.Replace(m.Groups["type"].Value.Trim(), @"\s+", " ")));
                tables[table.Name] = table with { Path = script.Path, Columns = columns };
            }
        }
        return tables;
    }

    private static IEnumerable<string> SplitTopLevel(string body)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '(') depth++;
            else if (body[i] == ')') depth--;
            else if (body[i] == ',' && depth == 0)
            {
                yield return body[start..i];
                start = i + 1;
            }
        }
        yield return body[start..];
    }

    [GeneratedRegex(@"\bcreate\s+table\s+stg\.(?<name>\w+)\s*\((?<body>[\s\S]*?)\)\s*;", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"\balter\s+table\s+stg\.(?<name>\w+)\s+(?:drop\s+column\s+(?<column>\w+)|add\s+(?:column\s+)?(?<column>\w+)\s+(?<type>[^;]+?))\s*;", RegexOptions.IgnoreCase)]
    private static partial Regex AlterTable();

    [GeneratedRegex(@"^(constraint|primary|unique|check|foreign)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConstraintStart();
}
