using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Kpi;

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

    [SkippableFact]
    public void Every_kpi_code_has_a_measure_compared_in_each_slice_cswh_kpi_computes_it_for()
    {
        var compared = warehouses.For(Engine, VerifyDataset.Demo).Verifier.Run().Compared;

        // The one formula source is checked code by code: a code the calculator reports must have its measure, compared.
        foreach (var code in KpiCodes.All)
        {
            var slices = compared.Where(c => c.Measure == code).Select(c => c.Slice.Split(' ')[0]).ToHashSet();
            Assert.True(slices.Count > 0, $"no measure [{code}] compared with cswh kpi");
            foreach (var (slice, kind) in new[] { (KpiSlice.Month, "month"), (KpiSlice.Agent, "agent"), (KpiSlice.Channel, "channel"), (KpiSlice.Topic, "topic"), (KpiSlice.Total, "whole") })
                if (KpiFormulas.All.Any(f => f.Code == code && f.Serves(slice))) Assert.True(slices.Contains(kind), $"[{code}] is not compared per {kind}");
        }
    }

    [SkippableTheory]
    [InlineData(VerifyDataset.Demo)]
    [InlineData(VerifyDataset.Generated)]
    public void Previous_period_and_last_year_are_compared_across_every_month_length_and_a_year_end(VerifyDataset dataset)
    {
        var compared = warehouses.For(Engine, dataset).Verifier.Run().Compared;

        foreach (var measure in new[] { "customer_churn_rate previous period", "net_mrr_retention previous period", "tickets_created previous period" })
        {
            // A month's previous period is the month before: its length is what a day-based shift would get wrong.
            var previousLengths = compared.Where(c => c.Measure == measure && c.Slice.StartsWith("month ", StringComparison.Ordinal))
                .Select(c => DateOnly.ParseExact(c.Slice[6..] + "-01", "yyyy-MM-dd").AddMonths(-1))
                .ToList();
            if (dataset == VerifyDataset.Demo) Assert.Contains(previousLengths, m => m.Month == 2 && DateTime.DaysInMonth(m.Year, 2) == 28);
            Assert.Contains(previousLengths, m => m.Month == 2 && DateTime.DaysInMonth(m.Year, 2) == 29);
            Assert.Contains(previousLengths, m => DateTime.DaysInMonth(m.Year, m.Month) == 30);
            Assert.Contains(previousLengths, m => DateTime.DaysInMonth(m.Year, m.Month) == 31);
            Assert.Contains(previousLengths, m => m.Month == 12);
        }
        Assert.Contains(compared, c => c.Measure == "customer_churn_rate same period last year" && c.Slice.StartsWith("month 2025-01", StringComparison.Ordinal));
        Assert.Contains(compared, c => c.Measure == "net_mrr_retention previous period" && c.Slice.StartsWith("quarter ", StringComparison.Ordinal));
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
