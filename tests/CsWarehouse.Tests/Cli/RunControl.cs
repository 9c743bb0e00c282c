using System.Globalization;
using System.Text;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Cli;

/// <summary>What a scheduler relies on, shown with the real program: the run lock, and a killed run changing nothing.</summary>
public abstract class RunControl
{
    protected abstract EngineKind Engine { get; }

    private const string BaseTickets = "ticket_id,created_at,channel\nBASE-1,2026-03-01T09:00:00Z,email\nBASE-2,2026-03-01T10:00:00Z,chat\n";

    [SkippableFact]
    public void A_second_run_exits_with_the_lock_code_while_another_holds_the_warehouse()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("tickets.csv", BaseTickets);
        using (warehouse.Open())
        {
            using var second = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument]);
            Assert.Equal(3, second.ExitCode);
            Assert.Contains("--wait", second.StandardError);
        }
        Assert.Equal(0L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_ticket"));
    }

    [SkippableFact]
    public void With_wait_a_second_run_starts_when_the_first_ends_and_nothing_is_duplicated()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("tickets.csv", BaseTickets);
        Assert.True(warehouse.Load(folder.Path).Succeeded);
        CswhProcess waiting;
        using (warehouse.Open())
        {
            waiting = CswhProcess.Start(["load", "--source", folder.Path, "--db", warehouse.DbArgument, "--wait"]);
            Thread.Sleep(TimeSpan.FromSeconds(3));
            Assert.False(waiting.HasExited, "the waiting run should not start while the lock is held\n" + waiting.StandardError);
        }
        using (waiting)
        {
            waiting.WaitForExit(TimeSpan.FromMinutes(1));
            Assert.Equal(0, waiting.ExitCode);
        }
        Assert.Equal(2L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_ticket"));
        Assert.Equal(2L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from etl.load_run where status = 'succeeded'"));
    }

    [SkippableFact]
    public void A_load_killed_midway_leaves_the_warehouse_as_before_and_the_next_run_completes()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using (var first = new ExportFolder().With("tickets.csv", BaseTickets))
            Assert.True(warehouse.Load(first.Path).Succeeded);
        var before = WarehouseSnapshot.Content(warehouse.Target, "dw", "etl");
        using var big = new ExportFolder().With("agents.csv", "agent_id,agent_name\nA1,An\n");
        const int rows = 600_000;
        WriteTickets(Path.Combine(big.Path, "tickets.csv"), rows);

        using (var killed = CswhProcess.Start(["load", "--source", big.Path, "--db", warehouse.DbArgument]))
        {
            // agents.csv is staged first; once it is reported the run is inside its transaction, staging tickets.
            Assert.True(killed.WaitForError("agents.csv:", TimeSpan.FromMinutes(1)), killed.StandardError);
            killed.Kill();
            Assert.DoesNotContain("succeeded", killed.StandardOutput);
        }

        Assert.Equal(before, WarehouseSnapshot.Content(warehouse.Target, "dw", "etl"));
        using var next = CswhProcess.Run(["load", "--source", big.Path, "--db", warehouse.DbArgument]);
        Assert.True(next.ExitCode == 0, next.StandardError);
        Assert.Equal(rows + 2L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_ticket"));
    }

    private static void WriteTickets(string path, int rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("ticket_id,created_at,channel,agent_id,contacts\n");
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < rows; i++)
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"K{i},{start.AddSeconds(i * 7):yyyy-MM-ddTHH:mm:ss}Z,email,A1,1\n"));
    }
}

public sealed class DuckDbRunControl : RunControl
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresRunControl : RunControl
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
