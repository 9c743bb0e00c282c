using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Publishing;
using CsWarehouse.Tests.Support;
using Parquet.Schema;

namespace CsWarehouse.Tests.Publishing;

/// <summary>
/// <c>cswh export</c> run as a child process against a loaded warehouse, the same on every engine: a file per kpi view
/// and dw table named as the Power BI model reads it, holding exactly what a query of the warehouse returns.
/// </summary>
public abstract class ExportBehaviour
{
    protected abstract EngineKind Engine { get; }

    /// <summary>The columns the export writes: every column of the kpi views and dw tables but the dw rows' run_id.</summary>
    private static Dictionary<string, List<(string Column, string Type)>> ExportedColumns(TestWarehouse warehouse) =>
        WarehouseSnapshot.Tables(warehouse.Target, "kpi", "dw").ToDictionary(
            t => t.Key,
            t => t.Value.Where(c => !(t.Key.StartsWith("dw.", StringComparison.Ordinal) && c.Column == ExportCatalog.RunIdColumn)).ToList());

    [SkippableFact]
    public void Parquet_export_writes_every_view_and_table_and_reads_back_as_the_warehouse()
    {
        using var warehouse = LoadedWarehouse();
        using var output = new ExportFolder();
        var tables = ExportedColumns(warehouse);

        Export(warehouse, "parquet", output.Path);

        Assert.Equal(tables.Keys.Select(t => $"{t}.parquet").Order(StringComparer.Ordinal), FileNames(output.Path));
        Assert.Contains("kpi.tickets_created_daily.parquet", FileNames(output.Path));
        Assert.Contains("dw.dim_agent.parquet", FileNames(output.Path));
        foreach (var (table, columns) in tables)
        {
            var (schema, rows) = ExportedFiles.ReadParquet(Path.Combine(output.Path, $"{table}.parquet"));
            var names = columns.Select(c => c.Column).ToList();
            var types = columns.Select(c => c.Type).ToList();
            Assert.Equal(names, schema.DataFields.Select(f => f.Name).ToList());
            var expected = WarehouseSnapshot.Query(warehouse.Target, $"select * from {table}")
                .Select(r => CanonicalValue.Row(names, types, c => r[c])).Order(StringComparer.Ordinal).ToList();
            var actual = rows.Select(r => CanonicalValue.Row(names, types, c => r[c])).Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.Count == actual.Count, $"{table}: {actual.Count} rows in the file, {expected.Count} in the warehouse");
            Assert.Equal(expected, actual);
        }

        // Spot checks of the kinds that go wrong: Unicode text, nulls, decimals, dates, timestamps, 64-bit sums.
        var agents = ExportedFiles.ReadParquet(Path.Combine(output.Path, "dw.dim_agent.parquet")).Rows;
        Assert.Contains(agents, a => (string?)a["agent_name"] == "สมชาย ใจดี" && a["hired_on"] is null && a["email"] is null);
        Assert.Contains(agents, a => (string?)a["agent_name"] == ExportDataset.QuotedAgentName && (DateOnly?)a["hired_on"] == new DateOnly(2024, 6, 1));
        var (targetSchema, targets) = ExportedFiles.ReadParquet(Path.Combine(output.Path, "dw.kpi_target.parquet"));
        var value = Assert.IsType<DecimalDataField>(targetSchema.FindDataField("value"));
        Assert.Equal((18, 4), (value.Precision, value.Scale));
        Assert.Contains(targets, t => (string?)t["kpi_code"] == "csat_rate" && t["month_key"] is null && (decimal?)t["value"] == 0.85m);
        Assert.Contains(targets, t => (string?)t["kpi_code"] == "fcr_rate" && Convert.ToInt64(t["month_key"]) == 202603 && (decimal?)t["value"] == 0.725m);
        var tickets = ExportedFiles.ReadParquet(Path.Combine(output.Path, "dw.fact_ticket.parquet")).Rows;
        Assert.Equal(new DateTime(2026, 3, 2, 11, 0, 0, 250), (DateTime?)tickets.Single(t => (string?)t["ticket_id"] == "T2")["resolved_at"]);
        Assert.Null(tickets.Single(t => (string?)t["ticket_id"] == "T1")["resolved_at"]);
        var customers = ExportedFiles.ReadParquet(Path.Combine(output.Path, "dw.dim_customer.parquet")).Rows;
        Assert.Contains(customers, c => (string?)c["customer_name"] == "مریم رضایی" && c["signed_up_on"] is null);
        var created = ExportedFiles.ReadParquet(Path.Combine(output.Path, "kpi.tickets_created_daily.parquet")).Rows;
        Assert.Equal(3L, created.Sum(r => Convert.ToInt64(r["tickets_created"])));
    }

    [SkippableFact]
    public void Every_table_the_Power_BI_model_reads_has_its_Parquet_file_with_the_columns_it_selects()
    {
        using var warehouse = LoadedWarehouse();
        using var output = new ExportFolder();

        Export(warehouse, "parquet", output.Path);

        var reads = ModelTables.All();
        Assert.True(reads.Count >= 16, $"only {reads.Count} model tables read a file");
        foreach (var read in reads)
        {
            Assert.Equal($"{read.Schema}.{read.Item}.parquet", read.ParquetFile);
            var path = Path.Combine(output.Path, read.ParquetFile);
            Assert.True(File.Exists(path), $"model table {read.Table} reads {read.ParquetFile}, which the export did not write");
            var fields = ExportedFiles.ReadParquet(path).Schema.DataFields.Select(f => f.Name).ToHashSet();
            var missing = read.Columns.Where(c => !fields.Contains(c)).ToList();
            Assert.True(missing.Count == 0, $"{read.ParquetFile} lacks {string.Join(", ", missing)}, which model table {read.Table} selects");
        }
    }

    [SkippableFact]
    public void Csv_export_writes_every_view_and_table_with_the_warehouse_rows_and_values()
    {
        using var warehouse = LoadedWarehouse();
        using var output = new ExportFolder();
        var tables = ExportedColumns(warehouse);

        Export(warehouse, "csv", output.Path);

        Assert.Equal(tables.Keys.Select(t => $"{t}.csv").Order(StringComparer.Ordinal), FileNames(output.Path));
        foreach (var (table, columns) in tables)
        {
            var records = ExportedFiles.ReadCsv(Path.Combine(output.Path, $"{table}.csv"));
            Assert.Equal(columns.Select(c => c.Column).ToArray(), records[0]);
            Assert.True(records.Skip(1).All(r => r.Length == columns.Count), $"{table}: a record with the wrong number of fields");
            Assert.Equal(WarehouseSnapshot.Scalar<long>(warehouse.Target, $"select count(*) from {table}"), records.Count - 1L);
        }

        var agents = Records(output.Path, "dw.dim_agent");
        var quoted = agents.Single(a => a["agent_id"] == "A3");
        Assert.Equal((ExportDataset.QuotedAgentName, "2024-06-01", null), (quoted["agent_name"], quoted["hired_on"], quoted["left_on"]));
        Assert.Contains(agents, a => a["agent_name"] == "Nguyễn Văn An" && a["team"] == "Tier 1");
        var targets = Records(output.Path, "dw.kpi_target");
        Assert.Contains(targets, t => t["kpi_code"] == "csat_rate" && t["month_key"] is null && decimal.Parse(t["value"]!, System.Globalization.CultureInfo.InvariantCulture) == 0.85m);
        var t2 = Records(output.Path, "dw.fact_ticket").Single(t => t["ticket_id"] == "T2");
        Assert.Equal(("2026-03-02T10:00:00", "2026-03-02T11:00:00.25", "20260302"), (t2["created_at"], t2["resolved_at"], t2["created_date_key"]));
        var calendar = Records(output.Path, "kpi.calendar").Single(d => d["date_key"] == "20260301");
        Assert.Equal(("2026-03-01", "2026-03-01"), (calendar["full_date"], calendar["month_start"]));
        var created = Records(output.Path, "kpi.tickets_created_daily");
        var sum = WarehouseSnapshot.Scalar<long>(warehouse.Target, "select cast(sum(tickets_created) as bigint) from kpi.tickets_created_daily");
        Assert.Equal(sum, created.Sum(r => long.Parse(r["tickets_created"]!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [SkippableFact]
    public void A_second_export_replaces_the_files_whole_and_leaves_no_temporary_files()
    {
        using var warehouse = LoadedWarehouse();
        using var output = new ExportFolder();
        File.WriteAllText(Path.Combine(output.Path, "kpi.calendar.parquet"), "not parquet");

        Export(warehouse, "parquet", output.Path);
        var result = Export(warehouse, "parquet", output.Path);

        Assert.Equal(WarehouseSnapshot.Tables(warehouse.Target, "kpi", "dw").Count, FileNames(output.Path).Count);
        Assert.Empty(Directory.GetFiles(output.Path, "*.tmp"));
        Assert.True(ExportedFiles.ReadParquet(Path.Combine(output.Path, "kpi.calendar.parquet")).Rows.Count > 0);
        Assert.Matches(@"kpi\.calendar\.parquet\s+[\d,]+ rows\s+[\d.]+ (B|KB|MB)", result);
    }

    private TestWarehouse LoadedWarehouse()
    {
        var warehouse = TestWarehouse.Create(Engine);
        try
        {
            using var folder = ExportDataset.Folder();
            var outcome = warehouse.Load(folder.Path);
            Assert.True(outcome.Succeeded, outcome.Message);
            return warehouse;
        }
        catch
        {
            warehouse.Dispose();
            throw;
        }
    }

    /// <summary>Runs the real <c>cswh export</c> and returns its standard output.</summary>
    private static string Export(TestWarehouse warehouse, string format, string folder)
    {
        using var process = CswhProcess.Run(["export", "--db", warehouse.DbArgument, "--format", format, "--out", folder]);
        Assert.True(process.ExitCode == 0, $"cswh export exited {process.ExitCode}:\n{process.StandardError}");
        return process.StandardOutput;
    }

    private static List<string> FileNames(string folder) =>
        Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();

    private static List<Dictionary<string, string?>> Records(string folder, string table)
    {
        var records = ExportedFiles.ReadCsv(Path.Combine(folder, $"{table}.csv"));
        return records.Skip(1).Select(r => records[0].Select((h, i) => (h!, r[i])).ToDictionary(p => p.Item1, p => p.Item2)).ToList();
    }
}

public sealed class DuckDbExportBehaviour : ExportBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresExportBehaviour : ExportBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
