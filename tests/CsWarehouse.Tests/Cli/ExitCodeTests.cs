using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Cli;

/// <summary>Each named exit code, produced by the real program.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public void A_good_load_exits_0_and_json_names_every_file()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nT1,2026-03-01T09:00:00Z,email\n");
        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument, "--json"]);

        Assert.True(run.ExitCode == 0, run.StandardError);
        var json = System.Text.Json.JsonDocument.Parse(run.StandardOutput).RootElement;
        Assert.Equal("succeeded", json.GetProperty("status").GetString());
        var file = json.GetProperty("files").EnumerateArray().Single();
        Assert.Equal(("tickets.csv", 1, 1, 0), (file.GetProperty("file").GetString(), file.GetProperty("rows_read").GetInt32(),
            file.GetProperty("rows_loaded").GetInt32(), file.GetProperty("rows_rejected").GetInt32()));
        Assert.True(json.GetProperty("run_id").GetInt32() >= 1);
    }

    [Theory]
    [InlineData("load", "--source")]                                   // value missing
    [InlineData("load", "--nonsense")]                                 // unknown option
    [InlineData("frobnicate")]                                         // unknown command
    [InlineData("load", "--source", "x", "--reporting-tz", "Mars/Base")] // unknown time zone
    [InlineData("load", "--source", "x", "--max-reject-rate", "2")]    // out of range
    [InlineData("load", "--source", "x", "--db", "oracle:whatever")]   // unknown engine
    public void A_wrong_command_line_exits_2_with_a_message(params string[] args)
    {
        using var run = CswhProcess.Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error:", run.StandardError.Trim());
    }

    [Fact]
    public void Rejections_over_the_threshold_exit_1()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nT1,yesterday,email\nT2,2026-03-01T09:00:00Z,email\n");
        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tickets.csv line 2, column created_at = 'yesterday'", run.StandardOutput);
        Assert.Contains("changed nothing", run.StandardError);
    }

    [Fact]
    public void A_missing_required_column_exits_1_naming_file_and_column()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var folder = new ExportFolder().With("surveys.csv", "response_id,responded_at,score\nR1,2026-03-01T09:00:00Z,5\n");
        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("surveys.csv: required column survey_type missing", run.StandardError);
        Assert.Contains("Nothing was loaded", run.StandardError);
    }

    [Fact]
    public void An_unknown_file_name_exits_1_before_anything_is_written()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nT1,2026-03-01T09:00:00Z,email\n")
            .With("tikets.csv", "ticket_id\n");
        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tikets.csv: unknown export file name", run.StandardError);
        Assert.Equal(0L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_ticket"));
    }
}
