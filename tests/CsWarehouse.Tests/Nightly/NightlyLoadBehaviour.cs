using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.Nightly;

/// <summary><c>cswh run</c> with no Power BI section: the nightly load and export, the same on every engine, safe to repeat.</summary>
public abstract class NightlyLoadBehaviour
{
    protected abstract EngineKind Engine { get; }

    [SkippableFact]
    public void Run_without_power_bi_loads_and_exports_and_a_second_run_with_the_same_exports_changes_nothing()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var export = new ExportFolder();
        var folder = Path.Combine(export.Path, "powerbi");
        string[] args = ["run", "--source", RepositoryPaths.DemoSamples, "--db", warehouse.DbArgument, "--export", folder];

        using (var first = CswhProcess.Run(args))
            Assert.True(first.ExitCode == ExitCodes.Success, first.StandardOutput + first.StandardError);
        var warehouseAfterFirst = WarehouseSnapshot.Content(warehouse.Target, "dw");
        var filesAfterFirst = Files(folder);

        using var second = CswhProcess.Run(args);

        Assert.True(second.ExitCode == ExitCodes.Success, second.StandardOutput + second.StandardError);
        Assert.Contains("refresh    skipped", second.StandardOutput);
        Assert.Equal(warehouseAfterFirst, WarehouseSnapshot.Content(warehouse.Target, "dw"));
        Assert.Equal(filesAfterFirst, Files(folder));
        Assert.Contains("kpi.tickets_created_daily.parquet", filesAfterFirst.Keys);
        // Nothing of the swap is left beside the folder.
        Assert.Equal(["powerbi"], Directory.GetDirectories(export.Path).Select(Path.GetFileName));
        Assert.Equal(2L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from etl.nightly_run where status = 'succeeded'"));
    }

    [SkippableFact]
    public void A_failed_load_exits_with_the_load_code_and_leaves_the_previous_export_in_place()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var export = new ExportFolder();
        var folder = Directory.CreateDirectory(Path.Combine(export.Path, "powerbi")).FullName;
        File.WriteAllText(Path.Combine(folder, "kpi.tickets_created_daily.parquet"), "yesterday's export");
        using var bad = new ExportFolder().With("tickets.csv", "ticket_id,created_at\nT-1,not a timestamp\n");

        using var run = CswhProcess.Run(["run", "--source", bad.Path, "--db", warehouse.DbArgument, "--export", folder]);

        Assert.Equal(ExitCodes.RunFailed, run.ExitCode);
        Assert.Contains("FAILED at load", run.StandardOutput);
        Assert.Equal("yesterday's export", File.ReadAllText(Path.Combine(folder, "kpi.tickets_created_daily.parquet")));
        Assert.Equal("load", WarehouseSnapshot.Scalar<string>(warehouse.Target, "select failed_step from etl.nightly_run"));
    }

    /// <summary>
    /// The load's data tests are the run's checks: a load that would commit an orphan key is rolled back and the run
    /// stops with the same code as <c>cswh load</c> (4), before anything is published.
    /// </summary>
    [SkippableFact]
    public void A_load_failing_a_data_test_exits_with_the_checks_code_and_publishes_nothing()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var export = new ExportFolder();
        var folder = Directory.CreateDirectory(Path.Combine(export.Path, "powerbi")).FullName;
        File.WriteAllText(Path.Combine(folder, "kpi.tickets_created_daily.parquet"), "yesterday's export");
        using (var first = CswhProcess.Run(["load", "--source", RepositoryPaths.DemoSamples, "--db", warehouse.DbArgument]))
            Assert.True(first.ExitCode == ExitCodes.Success, first.StandardOutput + first.StandardError);
        DataTest.PlantOrphanWrittenByTheNextRun(warehouse.Target);
        using var next = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nNEW-1,2026-03-01T09:00:00Z,email\n");

        using var run = CswhProcess.Run(["run", "--source", next.Path, "--db", warehouse.DbArgument, "--export", folder]);

        Assert.True(run.ExitCode == ExitCodes.ChecksFailed, run.StandardOutput + run.StandardError);
        Assert.Contains("FAILED at load", run.StandardOutput);
        Assert.Contains("fact_ticket_orphan_agent_key", run.StandardOutput + run.StandardError);
        Assert.Equal(0L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_ticket where ticket_id = 'NEW-1'"));
        Assert.Equal("yesterday's export", File.ReadAllText(Path.Combine(folder, "kpi.tickets_created_daily.parquet")));
        Assert.Contains("fact_ticket_orphan_agent_key", WarehouseSnapshot.Scalar<string>(warehouse.Target,
            "select message from etl.nightly_run where failed_step = 'load'"));
    }

    /// <summary>
    /// Each exported file's rows as sorted lines (engines return unordered rows in any order). kpi.data_health is left
    /// out: it reports the latest run itself, so its run id and times change by design.
    /// </summary>
    private static SortedDictionary<string, string> Files(string folder) => new(
        Directory.GetFiles(folder).Where(f => !f.EndsWith("kpi.data_health.parquet", StringComparison.Ordinal)).ToDictionary(
            f => Path.GetFileName(f),
            f => string.Join("\n", Publishing.ExportedFiles.ReadParquet(f).Rows
                .Select(r => string.Join("|", r.Select(kv => $"{kv.Key}={Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture)}")))
                .Order(StringComparer.Ordinal))),
        StringComparer.Ordinal);
}

public sealed class DuckDbNightlyLoadBehaviour : NightlyLoadBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresNightlyLoadBehaviour : NightlyLoadBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
