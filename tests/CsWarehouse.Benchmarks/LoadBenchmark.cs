using System.Globalization;
using CsWarehouse.Generator;
using Npgsql;

namespace CsWarehouse.Benchmarks;

/// <summary>Generates, loads, compares with raw ingest, and prints the figures.</summary>
public static class LoadBenchmark
{
    private const string Zone = "Asia/Ho_Chi_Minh";

    public static int Run(BenchmarkOptions options)
    {
        Console.WriteLine($"work folder: {options.Work}");
        var report = new List<string>();
        var viewTimings = new List<string>();
        var stepTables = new List<string>();
        foreach (var customers in options.Customers)
        {
            var folder = Path.Combine(options.Work, $"export-{customers}");
            var generatorOptions = new GeneratorOptions(folder, Seed: 1, Customers: customers, Months: options.Months, TimeZone: Zone);
            var generated = ExportGenerator.Run(generatorOptions);
            // Loaded as a nightly run on the export's last day would be: the MRR snapshot ends with the data.
            var asOf = generatorOptions.StartMonth.AddMonths(options.Months).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var rows = generated.Files.Sum(f => f.Rows);
            var tickets = generated.Files.Single(f => f.FileName == "tickets.csv").Rows;
            var calls = generated.Files.Single(f => f.FileName == "calls.csv").Rows;
            var megabytes = Directory.EnumerateFiles(folder, "*.csv").Sum(f => new FileInfo(f).Length) / 1e6;
            Console.WriteLine($"{customers:N0} customers: {rows:N0} rows ({tickets:N0} tickets, {calls:N0} calls), {megabytes:N0} MB of CSV");
            var incremental = Path.Combine(options.Work, $"incremental-{customers}");
            var changed = IncrementalExport.Write(folder, incremental);

            // A work folder used before still holds the last run's files: the first load must find no warehouse.
            var duckFile = FreshDuckDbFile(Path.Combine(options.Work, $"etl-{customers}.duckdb"));
            var rawFile = FreshDuckDbFile(Path.Combine(options.Work, $"raw-{customers}.duckdb"));
            report.Add(Measure("duckdb", customers, rows, changed, $"duckdb:{duckFile}", folder, incremental, asOf,
                () => RawIngest.DuckDb(folder, rawFile), () => KeptWarehouse.DuckDb(duckFile), options.IncrementalRuns, stepTables));
            viewTimings.Add($"kpi views on DuckDB, {customers:N0} customers ({tickets:N0} tickets), all rows fetched:");
            viewTimings.AddRange(KpiViewTimings.Measure(duckFile));
            if (options.Postgres is { } server)
            {
                var etlName = $"cswh_bench_etl_{customers}";
                var etlDb = CreateDatabase(server, etlName);
                var rawDb = CreateDatabase(server, $"cswh_bench_raw_{customers}");
                report.Add(Measure("postgres", customers, rows, changed, $"postgres:{etlDb}", folder, incremental, asOf,
                    () => RawIngest.Postgres(folder, rawDb), () => KeptWarehouse.Postgres(server, etlName), options.IncrementalRuns, stepTables));
            }
        }
        Console.WriteLine();
        Console.WriteLine("engine    customers        rows   ETL s   ETL rows/s   raw s   raw rows/s  ETL÷raw  peak MB   1% incr s  full÷incr  reload s  reload MB");
        foreach (var line in report) Console.WriteLine(line);
        Console.WriteLine();
        foreach (var table in stepTables)
        {
            Console.WriteLine(table);
            Console.WriteLine();
        }
        foreach (var line in viewTimings) Console.WriteLine(line);
        return 0;
    }

    /// <summary>Removes a DuckDB file with its write-ahead log and spill folder; returns its path.</summary>
    private static string FreshDuckDbFile(string path)
    {
        File.Delete(path);
        File.Delete(path + ".wal");
        if (Directory.Exists(path + ".tmp")) Directory.Delete(path + ".tmp", recursive: true);
        return path;
    }

    private static string Measure(string engine, int customers, long rows, long changed, string db, string folder, string incremental, string asOf, Func<double> raw,
        Func<KeptWarehouse> keep, int incrementalRuns, List<string> stepTables)
    {
        Console.WriteLine($"  {engine}: full load ...");
        string[] common = ["--db", db, "--source-tz", Zone, "--reporting-tz", Zone, "--as-of", asOf];
        var full = TimedRun.Cswh(["load", "--source", folder, .. common]);
        if (full.ExitCode != 0) throw new InvalidOperationException($"{engine} load failed:\n{full.Output}");
        // A nightly full re-export: the same folder again, every row already there.
        Console.WriteLine($"  {engine}: full re-load of the same export ...");
        var reload = TimedRun.Cswh(["load", "--source", folder, .. common]);
        if (reload.ExitCode != 0) throw new InvalidOperationException($"{engine} re-load failed:\n{reload.Output}");
        Console.WriteLine($"  {engine}: raw ingest ...");
        var rawSeconds = raw();
        // Half a second of work, where one slow start-up moves the figure by a fifth: run from the same warehouse
        // several times, the median counts.
        Console.WriteLine($"  {engine}: incremental load of {changed:N0} changed tickets, {incrementalRuns} times from the same warehouse ...");
        var incrementals = new List<TimedRun>();
        using (var kept = keep())
        {
            for (var i = 0; i < incrementalRuns; i++)
            {
                if (i > 0) kept.PutBack();
                var run = TimedRun.Cswh(["load", "--source", incremental, .. common]);
                if (run.ExitCode != 0) throw new InvalidOperationException($"{engine} incremental load failed:\n{run.Output}");
                incrementals.Add(run);
            }
        }
        var again = incrementals.OrderBy(r => r.Seconds).ElementAt(incrementals.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {engine}: incremental loads took {string.Join(", ", incrementals.Select(r => r.Seconds.ToString("0.00", CultureInfo.InvariantCulture)))} s; median {again.Seconds:0.00} s"));
        stepTables.Add(StepTimes.Table($"{engine}, {customers:N0} customers", [("full", full), ("re-load", reload), ("1% incr", again)]));
        var etlRate = rows / full.Seconds;
        var rawRate = rows / rawSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"{engine,-8} {customers,10:N0} {rows,11:N0} {full.Seconds,7:0.0} {etlRate,12:N0} {rawSeconds,7:0.0} {rawRate,12:N0} {etlRate / rawRate,8:0.00} {full.PeakKilobytes / 1024.0,8:N0} {again.Seconds,11:0.00} {full.Seconds / again.Seconds,10:0.0} {reload.Seconds,9:0.0} {reload.PeakKilobytes / 1024.0,9:N0}");
    }

    private static string CreateDatabase(string server, string name)
    {
        PostgresAdmin.Execute(server, $"drop database if exists {name} with (force)", $"create database {name}");
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
