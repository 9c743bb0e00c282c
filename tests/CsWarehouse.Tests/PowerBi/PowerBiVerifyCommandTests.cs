using System.Text.Json.Nodes;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.PowerBi;

/// <summary><c>cswh powerbi verify</c> as CI runs it: a total line, an exit code, and each difference printed.</summary>
public sealed class PowerBiVerifyCommandTests(PowerBiVerifyCommandTests.DemoWarehouse demo) : IClassFixture<PowerBiVerifyCommandTests.DemoWarehouse>
{
    /// <summary>The demo sample in a DuckDB file of its own: the child process needs the file (and its run lock) to itself.</summary>
    public sealed class DemoWarehouse : IDisposable
    {
        public DemoWarehouse()
        {
            var outcome = Warehouse.Load(RepositoryPaths.DemoSamples, new LoadSettings { AsOf = new DateOnly(2026, 6, 30) });
            if (!outcome.Succeeded) throw new InvalidOperationException(outcome.Message);
        }

        public TestWarehouse Warehouse { get; } = TestWarehouse.Create(EngineKind.DuckDb);

        public void Dispose() => Warehouse.Dispose();
    }

    private string Db => demo.Warehouse.DbArgument;

    [Fact]
    public void Verify_of_the_repository_model_ends_with_its_total_and_exits_zero()
    {
        using var run = CswhProcess.Run(["powerbi", "verify", "--db", Db, "--model", Path.Combine(RepositoryPaths.Root(), "powerbi")]);

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        var last = run.StandardOutput.TrimEnd().Split('\n')[^1];
        Assert.Matches(@"^verify: [1-9]\d+ passed, 0 failed$", last);
    }

    [Fact]
    public void Verify_of_a_model_copy_with_a_broken_measure_prints_each_difference_and_exits_non_zero()
    {
        var folder = Directory.CreateTempSubdirectory("cswh-model-").FullName;
        try
        {
            var model = JsonNode.Parse(File.ReadAllText(VerifiedWarehouse.ModelFile))!;
            var measure = model["model"]!["tables"]!.AsArray().SelectMany(t => t!["measures"]?.AsArray() ?? [])
                .Single(m => (string?)m!["name"] == "requests_per_day")!;
            measure["expression"] = "DIVIDE([tickets_created], COUNTROWS('Date'))";
            File.WriteAllText(Path.Combine(folder, "model.bim"), model.ToJsonString());

            using var run = CswhProcess.Run(["powerbi", "verify", "--db", Db, "--model", folder]);

            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains("DIFF  requests_per_day | whole range (no date picked) | model ", run.StandardOutput);
            Assert.Matches(@"verify: \d+ passed, [1-9]\d* failed\s*$", run.StandardOutput);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
