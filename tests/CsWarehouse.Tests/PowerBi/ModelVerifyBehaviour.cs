using CsWarehouse.Etl.Configuration;

namespace CsWarehouse.Tests.PowerBi;

/// <summary>
/// Every measure of the Power BI model, evaluated offline over a loaded warehouse, equals what <c>cswh kpi</c>
/// computes — per month, agent, channel, topic and over the whole range, and for the previous period and same period
/// last year of every month and quarter. Run on each engine.
/// </summary>
public abstract class ModelVerifyBehaviour(VerifiedWarehouses warehouses)
{
    protected abstract EngineKind Engine { get; }

    [SkippableTheory]
    [InlineData(VerifyDataset.Demo)]
    [InlineData(VerifyDataset.Generated)]
    public void Every_measure_of_the_model_equals_cswh_kpi_in_every_slice(VerifyDataset dataset)
    {
        var result = warehouses.For(Engine, dataset).Verifier.Run();

        Assert.True(result.Failed == 0, string.Join("\n", result.Failures.Take(40).Select(d =>
            $"{d.Measure} | {d.Slice} | model {d.ModelValue} | warehouse {d.WarehouseValue}")));
        Assert.True(result.Passed > 1000, $"only {result.Passed} checks ran");
    }
}

[Collection(VerifiedWarehousesCollection.Name)]
public sealed class DuckDbModelVerifyTests(VerifiedWarehouses warehouses) : ModelVerifyBehaviour(warehouses)
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

[Collection(VerifiedWarehousesCollection.Name)]
public sealed class PostgresModelVerifyTests(VerifiedWarehouses warehouses) : ModelVerifyBehaviour(warehouses)
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
