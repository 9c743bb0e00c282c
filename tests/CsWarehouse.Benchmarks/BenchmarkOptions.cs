using System.Globalization;

namespace CsWarehouse.Benchmarks;

/// <summary>What to measure: dataset sizes, where to work, and the PostgreSQL server (if any).</summary>
public sealed record BenchmarkOptions(IReadOnlyList<int> Customers, int Months, string Work, string? Postgres, bool Five9 = false,
    int IncrementalRuns = 3)
{
    public const string Usage = """
        Load benchmark: generates a dataset, loads it with cswh into DuckDB and PostgreSQL, measures each engine's
        raw bulk ingest of the same CSV files, and a second load in which 1% of tickets changed.

        Usage: dotnet run -c Release --project tests/CsWarehouse.Benchmarks -- [options]
          --customers N[,N...]  dataset sizes (one run per size)         default 120000 (about 1.3M tickets, 1M calls)
          --months N            months of data                           default 12
          --work DIR            scratch folder (needs a few GB)          default a new temp folder
          --postgres CONNSTR    PostgreSQL server, without a database    default $CSWH_TEST_POSTGRES; none = DuckDB only
          --incremental-runs N  times the incremental load is run, each  default 3
                                from the same warehouse; the median counts
          --five9               instead: time the calls in the Five9 Call Log layout against canonical calls.csv (DuckDB)
        """;

    public static BenchmarkOptions Parse(string[] args)
    {
        var customers = new List<int> { 120_000 };
        var months = 12;
        string? work = null;
        var five9 = false;
        var incrementalRuns = 3;
        var postgres = Environment.GetEnvironmentVariable("CSWH_TEST_POSTGRES");
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            switch (args[i])
            {
                case "--customers": customers = Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList(); break;
                case "--months": months = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--work": work = Next(); break;
                case "--postgres": postgres = Next(); break;
                case "--five9": five9 = true; break;
                case "--incremental-runs": incrementalRuns = Math.Max(1, int.Parse(Next(), CultureInfo.InvariantCulture)); break;
                case "--help": Console.WriteLine(Usage); Environment.Exit(0); break;
                default: throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}");
            }
        }
        return new BenchmarkOptions(customers, months, work ?? Directory.CreateTempSubdirectory("cswh-bench-").FullName,
            string.IsNullOrWhiteSpace(postgres) ? null : postgres, five9, incrementalRuns);
    }
}
