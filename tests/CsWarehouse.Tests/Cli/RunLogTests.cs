using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Cli;

/// <summary>What the run log tells someone reading it the next morning: how the run ended and how long it took.</summary>
public sealed class RunLogTests
{
    [Fact]
    public void A_good_run_logs_that_it_succeeded_and_how_long_it_took()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nT1,2026-03-01T09:00:00Z,email\n");
        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"info run \d+ succeeded in \d+\.\d s: 1 rows loaded, 0 rejected", run.StandardError);
    }

    [Fact]
    public void A_failed_run_logs_that_it_failed_and_how_long_it_took()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var folder = new ExportFolder().With("surveys.csv", "response_id,responded_at,score\nR1,2026-03-01T09:00:00Z,5\n");
        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument]);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"error run failed after \d+\.\d s", run.StandardError);
    }

    [Fact]
    public void Running_out_of_duckdb_memory_advises_the_projects_own_setting()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using (warehouse.Open()) { } // migrated with DuckDB's default memory, so the load itself runs short
        using var run = CswhProcess.Run(["load", "--source", RepositoryPaths.DemoSamples, "--db", warehouse.DbArgument],
            new Dictionary<string, string?> { ["CSWH_DUCKDB_MEMORY_LIMIT"] = "2MB" });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("CSWH_DUCKDB_MEMORY_LIMIT", run.StandardError);
        Assert.DoesNotContain("SET memory_limit", run.StandardError, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_generators_load_hint_names_the_as_of_day_and_the_reporting_zone()
    {
        var folder = Directory.CreateTempSubdirectory("cswh-generated-").FullName;
        try
        {
            using var run = CswhProcess.Run(["generate", "--out", folder, "--customers", "5", "--months", "2", "--start", "2025-03",
                "--time-zone", "Asia/Bangkok"]);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains($"Load it with: cswh load --source {folder} --source-tz Asia/Bangkok --reporting-tz Asia/Bangkok --as-of 2025-04-30",
                run.StandardOutput);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
