using System.Collections.Concurrent;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Kpi;

/// <summary>The KPI tests share one loaded warehouse per engine (the dataset is read-only to them).</summary>
[CollectionDefinition(Name)]
public sealed class KpiCollection : ICollectionFixture<KpiWarehouses>
{
    public const string Name = "kpi warehouses";
}

/// <summary>
/// <see cref="KpiDataset"/> loaded once per engine, created on first use (so a missing PostgreSQL server skips the
/// test that asks for it), with the <c>cswh kpi</c> outputs cached per command line.
/// </summary>
public sealed class KpiWarehouses : IDisposable
{
    private readonly ConcurrentDictionary<EngineKind, Lazy<KpiWarehouse>> _warehouses = new();

    internal KpiWarehouse For(EngineKind engine)
    {
        if (engine == EngineKind.Postgres) PostgresServer.RequireBase();
        return _warehouses.GetOrAdd(engine, e => new Lazy<KpiWarehouse>(() => KpiWarehouse.Load(e))).Value;
    }

    public void Dispose()
    {
        foreach (var warehouse in _warehouses.Values.Where(w => w.IsValueCreated)) warehouse.Value.Dispose();
    }
}

/// <summary>One engine's warehouse holding the KPI dataset.</summary>
internal sealed class KpiWarehouse : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<string>> _outputs = new();

    private KpiWarehouse(TestWarehouse warehouse) => Warehouse = warehouse;

    public TestWarehouse Warehouse { get; }

    public static KpiWarehouse Load(EngineKind engine)
    {
        var warehouse = TestWarehouse.Create(engine);
        using var folder = KpiDataset.Folder();
        // As of the end of April, so the monthly subscription facts do not depend on the day the test runs.
        var outcome = warehouse.Load(folder.Path, new LoadSettings { AsOf = new DateOnly(2026, 4, 30) });
        if (!outcome.Succeeded || outcome.RowsRejected > 0)
            throw new InvalidOperationException($"the KPI dataset did not load cleanly: {outcome.Message}; " +
                string.Join("; ", outcome.Rejections.Select(r => $"{r.File}:{r.LineNumber} {r.Column} {r.Reason}")));
        return new KpiWarehouse(warehouse);
    }

    /// <summary>The standard output of <c>cswh kpi</c> with these options, for the dataset's months; fails on a non-zero exit.</summary>
    public string Kpi(params string[] options)
    {
        string[] args = ["kpi", "--db", Warehouse.DbArgument, "--from", KpiDataset.From, "--to", KpiDataset.To, .. options];
        return _outputs.GetOrAdd(string.Join(" ", args), _ => new Lazy<string>(() =>
        {
            using var process = CswhProcess.Run(args);
            Assert.True(process.ExitCode == 0, $"cswh {string.Join(" ", options)} exited with {process.ExitCode}:\n{process.StandardError}");
            return process.StandardOutput;
        })).Value;
    }

    public KpiReport Csv(string by) => KpiReport.Parse(Kpi("--by", by, "--format", "csv"));

    public void Dispose() => Warehouse.Dispose();
}
