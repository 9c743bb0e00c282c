using System.Globalization;
using System.Text.Json;
using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Publishing;
using Dapper;

namespace CsWarehouse.Cli.Commands;

/// <summary><c>cswh rejects</c>: the rejected rows a run recorded in etl.reject_row (a load prints only the first ten).</summary>
public sealed class RejectsCommand : Command
{
    private static readonly OptionSpec RunId = new("--run", "N",
        "The run whose rejected rows to list (see cswh runs).", "--run 12", "the latest run");
    private static readonly OptionSpec FileName = new("--file", "FILE",
        "Only the rows of this export file.", "--file tickets.csv");
    private static readonly OptionSpec Format = new("--format", "FORMAT",
        "table (for people), csv (one row per rejected row, for Excel) or json (one line).", "--format csv", "table");

    public override string Name => "rejects";
    public override string Summary => "List the rejected rows of a run: file, line, column, value and reason.";
    public override IReadOnlyList<OptionSpec> Options => [CommonOptions.Db, RunId, FileName, Format, CommonOptions.Bom, CommonOptions.Help];

    public override IReadOnlyList<string> Examples =>
    [
        "cswh rejects",
        "cswh rejects --run 12 --file tickets.csv",
        "cswh rejects --run 12 --format csv --bom > rejects-12.csv",
    ];

    private sealed record RejectRow(int run_id, string file_name, long line_number, string column_name, string? value, string reason);

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var format = (options.Get(Format.Name) ?? "table").ToLowerInvariant();
        if (format is not ("table" or "csv" or "json"))
            throw new ConfigurationException($"{Format.Name} must be table, csv or json, not '{options.Get(Format.Name)}'.");
        var requested = options.Has(RunId.Name) ? options.GetInt(RunId.Name, 0) : (int?)null;
        var file = options.Get(FileName.Name);
        var (target, log) = WarehouseSession.Resolve(options, terminal);
        List<RejectRow> rows;
        int? run;
        using (var engine = WarehouseSession.OpenForReading(target, log))
        {
            if (!engine.Connection.Query<string>(
                    "select table_name from information_schema.tables where table_schema = 'etl' and table_name = 'reject_row'").Any())
                throw new ConfigurationException($"{target.Describe()} holds no runs yet: load a folder with cswh load --source DIR.");
            run = requested ?? engine.Connection.ExecuteScalar<int?>("select max(run_id) from etl.load_run");
            // The run id is a parsed integer and the file name a quoted literal: one SQL text for every engine.
            rows = run is null ? [] : engine.Connection.Query<RejectRow>(
                "select run_id, file_name, line_number, column_name, value, reason from etl.reject_row " +
                $"where run_id = {run.Value.ToString(CultureInfo.InvariantCulture)}" +
                (file is null ? "" : $" and file_name = '{file.Replace("'", "''", StringComparison.Ordinal)}'") +
                " order by file_name, line_number, column_name").ToList();
        }
        if (format == "json") terminal.Out.WriteLine(JsonSerializer.Serialize(rows));
        else if (format == "csv") WriteCsv(rows, terminal.Out, CommonOptions.CsvPreamble(options));
        else if (rows.Count == 0)
            terminal.Out.WriteLine(run is null ? "No runs yet." : $"Run {run} rejected no rows{(file is null ? "" : " of " + file)}.");
        else
            foreach (var r in rows)
                terminal.Out.WriteLine($"run {r.run_id}  {r.file_name} line {r.line_number}, column {r.column_name} = '{r.value}': {r.reason}");
        return ExitCodes.Success;
    }

    public override string? JsonFailure(string error) => JsonSerializer.Serialize(new { status = "failed", error });

    private static void WriteCsv(IEnumerable<RejectRow> rows, TextWriter output, string preamble)
    {
        output.Write(preamble);
        output.Write("run_id,file_name,line_number,column_name,value,reason\n");
        foreach (var r in rows)
        {
            output.Write(r.run_id.ToString(CultureInfo.InvariantCulture));
            foreach (var field in new[] { r.file_name, r.line_number.ToString(CultureInfo.InvariantCulture), r.column_name, r.value ?? "", r.reason })
            {
                output.Write(',');
                CsvField.Write(output, field);
            }
            output.Write('\n');
        }
    }
}
