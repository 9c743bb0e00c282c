using System.Text.Json;
using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using Dapper;

namespace CsWarehouse.Cli.Commands;

/// <summary><c>cswh runs</c>: the latest load runs from etl.load_run.</summary>
public sealed class RunsCommand : Command
{
    private static readonly OptionSpec Last = new("--last", "N", "How many of the latest runs to list.", "--last 30", "10");

    public override string Name => "runs";
    public override string Summary => "List the latest load runs and what they loaded.";
    public override IReadOnlyList<OptionSpec> Options => [CommonOptions.Db, Last, CommonOptions.Json, CommonOptions.Help];

    private sealed record RunRow(int run_id, DateTime started_at, DateTime finished_at, string status, int files,
        long rows_read, long rows_loaded, long rows_rejected, int warnings, string? message);

    public override string? JsonFailure(string error) => JsonSerializer.Serialize(new { status = "failed", error });

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var (target, log) = WarehouseSession.Resolve(options, terminal);
        var last = options.GetInt(Last.Name, 10);
        using var engine = WarehouseSession.OpenForReading(target, log);
        var runs = engine.Connection.Query<RunRow>(
                "select run_id, started_at, finished_at, status, files, rows_read, rows_loaded, rows_rejected, warnings, message " +
                "from etl.load_run order by run_id desc")
            .Take(last).ToList();
        if (options.Has(CommonOptions.Json.Name))
        {
            terminal.Out.WriteLine(JsonSerializer.Serialize(runs)); // one line: the whole answer is one JSON value
            return ExitCodes.Success;
        }
        if (runs.Count == 0) terminal.Out.WriteLine("No runs yet. Load a folder with: cswh load --source DIR");
        foreach (var r in runs)
            terminal.Out.WriteLine($"run {r.run_id,4}  {r.started_at:yyyy-MM-dd HH:mm:ss}Z  {r.status,-9}  {r.files,2} files  " +
                                   $"{r.rows_read,10:N0} read  {r.rows_loaded,10:N0} loaded  {r.rows_rejected,8:N0} rejected" +
                                   (r.message is null ? "" : $"  {r.message}"));
        return ExitCodes.Success;
    }
}
