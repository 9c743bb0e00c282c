using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.PowerBi.Verify;

namespace CsWarehouse.Tests.PowerBi;

/// <summary>
/// powerbi verify is only worth something if a wrong measure fails it: each bug the static review found, put back
/// into the measures, and a swapped DIVIDE in any measure, makes it report differences (demo sample, DuckDB).
/// </summary>
[Collection(VerifiedWarehousesCollection.Name)]
public sealed class ModelVerifyMutationTests(VerifiedWarehouses warehouses)
{
    private const string DayShiftPreviousPeriod = """
        VAR firstDay = MIN('Date'[full_date])
        VAR lastDay = MAX('Date'[full_date])
        VAR days = INT(lastDay - firstDay) + 1
        RETURN
            CALCULATE([mrr], DATESBETWEEN('Date'[full_date], firstDay - days, firstDay - 1))
        """;

    private const string TargetWithoutDataMonths = """
        VAR monthly = CALCULATE(AVERAGE(Targets[value]), Targets[kpi_code] = "fcr_rate")
        RETURN
            IF(
                ISBLANK(monthly),
                CALCULATE(AVERAGE(Targets[value]), Targets[kpi_code] = "fcr_rate", ISBLANK(Targets[month_key]), REMOVEFILTERS('Date')),
                monthly
            )
        """;

    private ModelVerifier Verifier => warehouses.For(EngineKind.DuckDb, VerifyDataset.Demo).Verifier;

    [Theory]
    [InlineData("1: previous period shifts by days", "mrr previous period", DayShiftPreviousPeriod)]
    [InlineData("3: requests_per_day divides by every day of the date table", "requests_per_day", "DIVIDE([tickets_created], COUNTROWS('Date'))")]
    [InlineData("4: cost ratio counts revenue of months without costs", "support_cost_to_revenue", "DIVIDE([support_cost], [revenue])")]
    [InlineData("5: target is never blank", "fcr_rate_target", TargetWithoutDataMonths)]
    public void A_reintroduced_bug_makes_verify_fail(string bug, string measure, string expression)
    {
        var result = Verifier.Run(DaxMutation.Replace(Verifier.Measures, measure, expression), new HashSet<string> { measure });

        Assert.True(result.Failed > 0, $"bug {bug} went unnoticed ({result.Passed} checks passed)");
        Assert.All(result.Failures, d => Assert.Equal(measure, d.Measure));
    }

    [Fact]
    public void A_swapped_divide_in_any_measure_makes_verify_fail()
    {
        var unnoticed = new List<string>();
        var swaps = DaxMutation.SwappedDivides(Verifier.Measures).ToList();
        foreach (var (measure, occurrence, swapped) in swaps)
        {
            var result = Verifier.Run(DaxMutation.Replace(Verifier.Measures, measure, swapped), new HashSet<string> { measure });
            if (result.Failed == 0) unnoticed.Add($"{measure} (DIVIDE #{occurrence + 1})");
        }

        Assert.True(swaps.Count > 30, $"only {swaps.Count} DIVIDE calls found");
        Assert.Empty(unnoticed);
    }

    [Fact]
    public void The_unmutated_model_passes_the_same_limited_checks()
    {
        var result = Verifier.Run(Verifier.Measures, new HashSet<string> { "requests_per_day", "mrr previous period", "fcr_rate_target" });

        Assert.Equal(0, result.Failed);
        Assert.True(result.Passed > 100, $"{result.Passed} checks");
    }
}
