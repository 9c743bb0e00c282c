using CsWarehouse.Etl.Configuration;

namespace CsWarehouse.Tests.Kpi;

/// <summary>The same data gives byte-identical <c>cswh kpi</c> CSV on DuckDB and PostgreSQL, for every slice.</summary>
[Collection(KpiCollection.Name)]
public sealed class KpiEngineParityTests(KpiWarehouses warehouses)
{
    [SkippableTheory]
    [InlineData("month")]
    [InlineData("day")]
    [InlineData("agent")]
    [InlineData("channel")]
    [InlineData("topic")]
    public void Kpi_csv_is_identical_on_duckdb_and_postgres(string by)
    {
        var postgres = warehouses.For(EngineKind.Postgres).Kpi("--by", by, "--format", "csv");
        var duckDb = warehouses.For(EngineKind.DuckDb).Kpi("--by", by, "--format", "csv");

        Assert.Equal(duckDb, postgres);
        Assert.True(duckDb.Split('\n').Length > 3, duckDb);
    }
}
