using System.Collections.Concurrent;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Loading;
using CsWarehouse.Etl.PowerBi.Verify;
using CsWarehouse.Generator;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.PowerBi;

[CollectionDefinition(Name)]
public sealed class VerifiedWarehousesCollection : ICollectionFixture<VerifiedWarehouses>
{
    public const string Name = "powerbi verify warehouses";
}

/// <summary>The datasets powerbi verify is proven on: the demo sample, and a small generated one crossing a year end and a leap February.</summary>
public enum VerifyDataset
{
    Demo,
    Generated,
}

/// <summary>
/// Each dataset loaded once per engine (on first use, so a missing PostgreSQL server skips only its tests), with a
/// <see cref="ModelVerifier"/> that has read the repository model's tables from it.
/// </summary>
public sealed class VerifiedWarehouses : IDisposable
{
    private readonly ConcurrentDictionary<(EngineKind, VerifyDataset), Lazy<VerifiedWarehouse>> _loaded = new();

    internal VerifiedWarehouse For(EngineKind engine, VerifyDataset dataset)
    {
        if (engine == EngineKind.Postgres) PostgresServer.RequireBase();
        return _loaded.GetOrAdd((engine, dataset), k => new Lazy<VerifiedWarehouse>(() => VerifiedWarehouse.Load(k.Item1, k.Item2))).Value;
    }

    public void Dispose()
    {
        foreach (var loaded in _loaded.Values.Where(l => l.IsValueCreated)) loaded.Value.Dispose();
    }
}

internal sealed class VerifiedWarehouse : IDisposable
{
    public static readonly string ModelFile = Path.Combine(RepositoryPaths.Root(), "powerbi", "CustomerService.SemanticModel", "model.bim");

    private readonly Lazy<VerifyResult> _result;

    private VerifiedWarehouse(TestWarehouse warehouse)
    {
        Warehouse = warehouse;
        Engine = warehouse.Open();
        Verifier = new ModelVerifier(Engine.Connection, ModelFile);
        _result = new Lazy<VerifyResult>(() => Verifier.Run());
    }

    public TestWarehouse Warehouse { get; }

    public CsWarehouse.Etl.Engines.IWarehouseEngine Engine { get; }

    public ModelVerifier Verifier { get; }

    /// <summary>The verification of the repository's model, run once.</summary>
    public VerifyResult Result => _result.Value;

    public static VerifiedWarehouse Load(EngineKind engine, VerifyDataset dataset)
    {
        var warehouse = TestWarehouse.Create(engine);
        var folder = Directory.CreateTempSubdirectory("cswh-verify-").FullName;
        try
        {
            var settings = new LoadSettings { AsOf = new DateOnly(2026, 6, 30) };
            var source = RepositoryPaths.DemoSamples;
            if (dataset == VerifyDataset.Generated)
            {
                // December 2023 to January 2025: two year ends, the leap February of 2024, months of 30 and 31 days.
                ExportGenerator.Run(new GeneratorOptions(folder, Seed: 7, Customers: 80, Months: 14, Start: new DateOnly(2023, 12, 1)));
                source = folder;
                var zone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--source-tz");
                settings = new LoadSettings { AsOf = new DateOnly(2025, 1, 31), SourceTimeZone = zone, ReportingTimeZone = zone };
            }
            var outcome = warehouse.Load(source, settings);
            if (!outcome.Succeeded || outcome.RowsRejected > 0)
                throw new InvalidOperationException($"the {dataset} dataset did not load cleanly: {outcome.Message}");
            return new VerifiedWarehouse(warehouse);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public void Dispose()
    {
        Engine.Dispose();
        Warehouse.Dispose();
    }
}
