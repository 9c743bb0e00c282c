using System.Text.Json;
using CsWarehouse.Cli.Commands;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Cli;

/// <summary>
/// <c>load --json</c> is for schedulers appending to a JSON Lines file: exactly one line per run on standard output,
/// whether the run succeeded, failed on its rows, or stopped before it began.
/// </summary>
public sealed class JsonSummaryTests
{
    private static JsonElement OnlyLine(CswhProcess run)
    {
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line on standard output, got {lines.Length}:\n{run.StandardOutput}");
        return JsonDocument.Parse(lines[0]).RootElement;
    }

    [Fact]
    public void A_good_load_prints_one_json_line()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nT1,2026-03-01T09:00:00Z,email\n");
        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument, "--json"]);

        var json = OnlyLine(run);
        Assert.Equal("succeeded", json.GetProperty("status").GetString());
        Assert.Equal(1, json.GetProperty("rows_loaded").GetInt32());
        Assert.Equal(0, json.GetProperty("rejections_truncated").GetInt32());
    }

    [Fact]
    public void A_run_failed_by_its_rejects_prints_one_line_with_the_error_and_nothing_loaded()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nT1,yesterday,email\nT2,2026-03-01T09:00:00Z,email\n");
        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument, "--json"]);

        Assert.Equal(1, run.ExitCode);
        var json = OnlyLine(run);
        Assert.Equal("failed", json.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("error").GetString()));
        Assert.Equal(0, json.GetProperty("rows_loaded").GetInt32());
        Assert.All(json.GetProperty("files").EnumerateArray(), f => Assert.Equal(0, f.GetProperty("rows_loaded").GetInt32()));
    }

    [Fact]
    public void A_run_that_stops_before_loading_still_prints_its_json_line()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var folder = new ExportFolder().With("surveys.csv", "response_id,responded_at,score\nR1,2026-03-01T09:00:00Z,5\n");
        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument, "--json"]);

        Assert.Equal(1, run.ExitCode);
        var json = OnlyLine(run);
        Assert.Equal("failed", json.GetProperty("status").GetString());
        Assert.Contains("survey_type", json.GetProperty("error").GetString());
        Assert.Equal(0, json.GetProperty("rows_loaded").GetInt32());
    }

    [Fact]
    public void A_wrong_command_line_with_json_prints_one_failure_line_and_exits_2()
    {
        // An existing --source, so the option in error is the reject rate.
        using var run = CswhProcess.Run(["load", "--source", AppContext.BaseDirectory, "--max-reject-rate", "2", "--json"]);

        Assert.Equal(2, run.ExitCode);
        var json = OnlyLine(run);
        Assert.Equal("failed", json.GetProperty("status").GetString());
        Assert.Contains("--max-reject-rate", json.GetProperty("error").GetString());
    }

    [Fact]
    public void Rejections_past_the_listed_ones_are_counted_as_truncated()
    {
        const int bad = LoadSummary.RejectionsInJson + 7;
        var csv = "ticket_id,created_at,channel\n" + string.Concat(Enumerable.Range(1, bad).Select(i => $"T{i},never,email\n")) +
                  "T0,2026-03-01T09:00:00Z,email\n";
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var folder = new ExportFolder().With("tickets.csv", csv);
        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument, "--json", "--max-reject-rate", "1"]);

        var json = OnlyLine(run);
        Assert.Equal(bad, json.GetProperty("rows_rejected").GetInt32());
        Assert.Equal(LoadSummary.RejectionsInJson, json.GetProperty("rejections").GetArrayLength());
        Assert.Equal(7, json.GetProperty("rejections_truncated").GetInt32());
    }

    [Fact]
    public void Runs_as_json_is_one_line()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nT1,2026-03-01T09:00:00Z,email\n");
        warehouse.Load(folder.Path);
        using var run = CswhProcess.Run(["runs", "--db", warehouse.DbArgument, "--json"]);

        Assert.Equal(1, OnlyLine(run).GetArrayLength());
    }
}
