using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Loading;

/// <summary>The same sample folder gives the same warehouse on DuckDB and PostgreSQL.</summary>
public sealed class EngineParityTests
{
    private static readonly LoadSettings DemoSettings = new()
    {
        SourceTimeZone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--source-tz"),
        ReportingTimeZone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--reporting-tz"),
    };

    [SkippableFact]
    public void The_demo_sample_gives_identical_row_counts_and_numeric_sums_on_duckdb_and_postgres()
    {
        using var postgres = TestWarehouse.Create(EngineKind.Postgres);
        using var duckdb = TestWarehouse.Create(EngineKind.DuckDb);
        var onDuckDb = duckdb.Load(RepositoryPaths.DemoSamples, DemoSettings);
        var onPostgres = postgres.Load(RepositoryPaths.DemoSamples, DemoSettings);
        Assert.True(onDuckDb.Succeeded && onPostgres.Succeeded, onDuckDb.Message ?? onPostgres.Message);

        var expected = WarehouseSnapshot.Fingerprint(duckdb.Target, "dw");
        var actual = WarehouseSnapshot.Fingerprint(postgres.Target, "dw");

        Assert.Equal(expected.Keys, actual.Keys);
        var differences = expected.Where(kv => actual[kv.Key] != kv.Value)
            .Select(kv => $"{kv.Key}: duckdb {kv.Value}, postgres {actual[kv.Key]}").ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        // The comparison means something only if the sample fills every fact.
        foreach (var fact in new[] { "fact_ticket", "fact_ticket_message", "fact_call", "fact_survey_response", "fact_agent_shift" })
            Assert.True(expected[$"dw.{fact} rows"] > 0, $"dw.{fact} is empty");
    }
}
