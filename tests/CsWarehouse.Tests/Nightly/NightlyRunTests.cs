using System.Globalization;
using System.Text.Json;
using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Kpi;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Nightly;

/// <summary><c>cswh run</c> end to end against the local Power BI stand-in: load, export, refresh, reconcile, report.</summary>
public sealed class NightlyRunTests(AgreeingModel model) : IClassFixture<AgreeingModel>
{
    [Fact]
    public void A_full_run_loads_exports_refreshes_and_reconciles_and_reports_one_json_line()
    {
        using var fake = new PowerBiFake().RefreshAccepted().History(("Unknown", null), ("Unknown", null), ("Completed", null))
            .Queries(model.PerMonthRows(), model.WholeRangeRow());
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var export = new ExportFolder();
        var folder = Path.Combine(export.Path, "powerbi");

        using var run = NightlyCli.Run(["--source", RepositoryPaths.DemoSamples, "--db", warehouse.DbArgument, "--export", folder,
            "--json", .. NightlyCli.Against(fake)]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.StandardOutput + run.StandardError);
        NightlyCli.AssertTokenWasSent(fake);
        var line = Assert.Single(run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var report = JsonDocument.Parse(line).RootElement;
        Assert.Equal("succeeded", report.GetProperty("status").GetString());
        Assert.Equal("succeeded", report.GetProperty("load").GetProperty("status").GetString());
        Assert.Equal("completed", report.GetProperty("refresh").GetProperty("status").GetString());
        Assert.Equal("matched", report.GetProperty("reconcile").GetProperty("status").GetString());
        var reconciled = report.GetProperty("reconcile").GetProperty("models")[0];
        // Three months of every monthly code, then the daily views' codes over the whole range.
        var codes = model.Monthly.Codes.Where(KpiCodes.All.Contains).ToList();
        Assert.Equal(3 * codes.Count + model.WholeRange.Count(w => codes.Contains(w.Key)), reconciled.GetProperty("compared").GetInt32());
        Assert.Equal(model.LastMonth, reconciled.GetProperty("to_month").GetString());
        Assert.Contains("kpi.tickets_created_daily.parquet", Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.Equal(2, fake.Calls("POST", "/executeQueries"));

        var recorded = WarehouseSnapshot.Query(warehouse.Target, "select status, refresh_status, reconcile_status, models_refreshed, load_run_id from etl.nightly_run").Single();
        Assert.Equal(("succeeded", "completed", "matched"), ((string)recorded["status"]!, (string)recorded["refresh_status"]!, (string)recorded["reconcile_status"]!));
        Assert.Equal(1, Convert.ToInt32(recorded["models_refreshed"], CultureInfo.InvariantCulture));
        Assert.Equal(1, Convert.ToInt32(recorded["load_run_id"], CultureInfo.InvariantCulture));
        var health = WarehouseSnapshot.Query(warehouse.Target, "select distinct nightly_refresh_status, nightly_reconcile_status from kpi.data_health").Single();
        Assert.Equal(("completed", "matched"), ((string)health["nightly_refresh_status"]!, (string)health["nightly_reconcile_status"]!));
    }

    [Fact]
    public void A_model_figure_that_differs_from_the_warehouse_fails_the_run_naming_code_month_and_both_values()
    {
        using var fake = new PowerBiFake()
            .Queries(model.PerMonthRows((code, month, value) => code == "fcr_rate" && month == model.LastMonth ? value + 0.05m : value), model.WholeRangeRow());
        var warehouseValue = model.Monthly.Rows[^1].Values["fcr_rate"]!.Value;

        using var run = NightlyCli.Run(["--db", model.Warehouse.DbArgument, "--no-load", "--no-export", "--no-refresh", .. NightlyCli.Against(fake)]);

        Assert.True(run.ExitCode == ExitCodes.ReconciliationFailed, run.StandardOutput + run.StandardError);
        var line = Assert.Single(run.StandardOutput.Split('\n'), l => l.Contains("fcr_rate", StringComparison.Ordinal) && !l.Contains("error:", StringComparison.Ordinal));
        Assert.Contains(model.LastMonth, line);
        Assert.Contains(warehouseValue.ToString("#,0.######", CultureInfo.InvariantCulture), line);
        Assert.Contains((warehouseValue + 0.05m).ToString("#,0.######", CultureInfo.InvariantCulture), line);
        Assert.Contains("1 KPI figures differ", run.StandardOutput);
        var recorded = WarehouseSnapshot.Query(model.Warehouse.Target,
            "select reconcile_status, figures_different from etl.nightly_run order by nightly_run_id desc").First();
        Assert.Equal("differences", recorded["reconcile_status"]);
        Assert.Equal(1, Convert.ToInt32(recorded["figures_different"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_model_that_agrees_within_the_tolerance_passes_the_reconciliation()
    {
        // Doubles from the service carry rounding noise far below the default tolerance of one in a million.
        using var fake = new PowerBiFake()
            .Queries(model.PerMonthRows((_, _, value) => value * 1.0000001m), model.WholeRangeRow());

        using var run = NightlyCli.Run(["--db", model.Warehouse.DbArgument, "--no-load", "--no-export", "--no-refresh", .. NightlyCli.Against(fake)]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.StandardOutput + run.StandardError);
        Assert.Contains("reconcile  matched", run.StandardOutput);
    }
}
