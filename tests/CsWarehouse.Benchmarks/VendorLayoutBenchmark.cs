using System.Globalization;
using CsWarehouse.Generator;
using CsWarehouse.Generator.Layouts;

namespace CsWarehouse.Benchmarks;

/// <summary>
/// What mapping costs: the benchmark dataset's calls loaded from the canonical calls.csv and from the same calls in
/// the Five9 Call Log layout (through the built-in profile), each into a fresh DuckDB file: best of three runs, in wall
/// time and in CPU time (user + system of the cswh process, which a busy machine disturbs less).
/// </summary>
public static class VendorLayoutBenchmark
{
    private const string Zone = "Asia/Ho_Chi_Minh";
    private const int Runs = 3;

    public static int Run(BenchmarkOptions options)
    {
        Console.WriteLine($"work folder: {options.Work}");
        Console.WriteLine("customers       calls  canonical s   five9 s  wall ratio  canonical cpu s  five9 cpu s  cpu ratio");
        foreach (var customers in options.Customers)
        {
            var generated = Path.Combine(options.Work, $"five9-source-{customers}");
            var result = ExportGenerator.Run(new GeneratorOptions(generated, Seed: 1, Customers: customers, Months: options.Months, TimeZone: Zone));
            var calls = result.Files.Single(f => f.FileName == "calls.csv").Rows;
            var canonical = Folder(options.Work, $"canonical-calls-{customers}");
            File.Copy(Path.Combine(generated, "calls.csv"), Path.Combine(canonical, "calls.csv"));
            VendorLayouts.Apply(generated, ["five9"], Zone);
            var five9 = Folder(options.Work, $"five9-calls-{customers}");
            File.Copy(Path.Combine(generated, "Five9 Call Log.csv"), Path.Combine(five9, "Five9 Call Log.csv"));

            var (canonicalWall, canonicalCpu) = Best(options.Work, canonical);
            var (five9Wall, five9Cpu) = Best(options.Work, five9);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{customers,9:N0} {calls,11:N0} {canonicalWall,12:0.00} {five9Wall,9:0.00} {five9Wall / canonicalWall,11:0.00} {canonicalCpu,15:0.00} {five9Cpu,12:0.00} {five9Cpu / canonicalCpu,10:0.00}"));
        }
        return 0;
    }

    private static string Folder(string work, string name)
    {
        var path = Path.Combine(work, name);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(path);
        return path;
    }

    private static (double Wall, double Cpu) Best(string work, string folder)
    {
        var best = double.MaxValue;
        var cpu = double.MaxValue;
        for (var i = 0; i < Runs; i++)
        {
            var db = Path.Combine(work, $"layout-{Guid.NewGuid():N}.duckdb");
            var run = TimedRun.Cswh("load", "--source", folder, "--db", $"duckdb:{db}", "--source-tz", Zone, "--reporting-tz", Zone);
            if (run.ExitCode != 0) throw new InvalidOperationException($"load of {folder} failed:\n{run.Output}");
            best = Math.Min(best, run.Seconds);
            cpu = Math.Min(cpu, run.CpuSeconds);
            File.Delete(db);
        }
        return (best, cpu);
    }
}
