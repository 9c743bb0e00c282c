using System.Text.Json;
using CsWarehouse.Cli;
using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Loading;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Cli;

/// <summary><c>cswh rejects</c> lists every rejected row of a run from etl.reject_row, past the ten a load prints.</summary>
public abstract class RejectsCommandBehaviour
{
    protected abstract EngineKind Engine { get; }

    /// <summary>A run with 12 bad tickets and 1 bad call (allowed through by --max-reject-rate 1).</summary>
    protected (TestWarehouse Warehouse, int RunId) LoadedWithRejects()
    {
        var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder()
            .With("tickets.csv", "ticket_id,created_at,channel\n" + string.Concat(Enumerable.Range(1, 12).Select(i => $"T{i},soon,email\n")) +
                                 "T0,2026-03-01T09:00:00Z,email\n")
            .With("calls.csv", "call_id,started_at\nC1,2026-03-01T09:00:00Z\nC2,later\n");
        var outcome = warehouse.Load(folder.Path, new LoadSettings { MaxRejectRate = 1 });
        Assert.Equal(13, outcome.RowsRejected);
        return (warehouse, outcome.RunId);
    }

    private static (int Exit, string Out, string Error) Cswh(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, new Terminal(output, error, Interactive: false));
        return (exit, output.ToString(), error.ToString());
    }

    [SkippableFact]
    public void Every_rejected_row_of_the_run_is_listed_with_file_line_column_value_and_reason()
    {
        var (warehouse, run) = LoadedWithRejects();
        using var _ = warehouse;

        var (exit, output, _) = Cswh("rejects", "--db", warehouse.DbArgument, "--run", run.ToString());

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(13, lines.Length);
        Assert.Contains(lines, l => l.Contains("calls.csv line 3, column started_at = 'later'"));
        Assert.Contains(lines, l => l.Contains("tickets.csv line 13, column created_at = 'soon'"));
    }

    [SkippableFact]
    public void File_narrows_the_list_and_the_latest_run_is_the_default()
    {
        var (warehouse, _) = LoadedWithRejects();
        using var __ = warehouse;

        var (exit, output, _) = Cswh("rejects", "--db", warehouse.DbArgument, "--file", "calls.csv", "--format", "json");

        Assert.Equal(0, exit);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(("calls.csv", 3L), (rows.Single().GetProperty("file_name").GetString(), rows.Single().GetProperty("line_number").GetInt64()));
    }

    [SkippableFact]
    public void Csv_with_bom_starts_with_the_byte_order_mark_for_excel()
    {
        var (warehouse, run) = LoadedWithRejects();
        using var _ = warehouse;

        var (_, output, _) = Cswh("rejects", "--db", warehouse.DbArgument, "--run", run.ToString(), "--format", "csv", "--bom");

        Assert.StartsWith("\uFEFFrun_id,file_name,line_number,column_name,value,reason\n", output);
        Assert.Equal(14, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}

public sealed class DuckDbRejectsCommandBehaviour : RejectsCommandBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;

    [Fact]
    public void Rejects_is_a_read_and_does_not_migrate_an_empty_warehouse()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        var error = new StringWriter();

        var exit = CliApp.Run(["rejects", "--db", warehouse.DbArgument], new Terminal(TextWriter.Null, error, Interactive: false));

        // A read never creates the warehouse it was pointed at.
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("no such warehouse file", error.ToString());
        Assert.Equal(0L, WarehouseSnapshot.Scalar<long>(warehouse.Target,
            "select count(*) from information_schema.tables where table_schema in ('etl', 'dw', 'kpi')"));
    }
}

public sealed class PostgresRejectsCommandBehaviour : RejectsCommandBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;

    [SkippableFact]
    public void Rejects_reads_while_a_load_holds_the_run_lock()
    {
        var (warehouse, run) = LoadedWithRejects();
        using var _ = warehouse;
        using var holder = warehouse.Open(); // holds the run lock, as a running load would

        var output = new StringWriter();
        var exit = CliApp.Run(["rejects", "--db", warehouse.DbArgument, "--run", run.ToString()], new Terminal(output, TextWriter.Null, false));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(13, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
