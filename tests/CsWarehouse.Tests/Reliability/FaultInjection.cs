using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Loading;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.Reliability;

/// <summary>
/// The real program killed (SIGKILL) at each step boundary of a load, held there by the test-only pause of
/// <see cref="StepBoundary"/>: the warehouse is exactly as before, every view is there, and the next run completes.
/// Small data and bounded waits keep each case to a few seconds.
/// </summary>
public abstract class FaultInjection
{
    protected abstract EngineKind Engine { get; }

    private const string FirstTickets = "ticket_id,created_at,channel\nA-1,2026-03-01T09:00:00Z,email\nA-2,2026-03-01T10:00:00Z,chat\n";
    protected const string NextTickets = "ticket_id,created_at,channel\nA-2,2026-03-01T10:00:00Z,phone\nB-1,2026-03-02T09:00:00Z,email\n";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    public static TheoryData<string> Steps => new(StepBoundary.All);

    /// <summary>
    /// A loaded warehouse. For a kill inside the migration its recorded view texts are made stale, so the next run's
    /// migration has every view to replace; otherwise the migration has nothing to do and the kill lands in the load.
    /// </summary>
    protected TestWarehouse Loaded(bool staleViews)
    {
        var warehouse = TestWarehouse.Create(Engine);
        using (var first = new ExportFolder().With("tickets.csv", FirstTickets))
            Assert.True(warehouse.Load(first.Path).Succeeded);
        if (!staleViews) return warehouse;
        using var engine = WarehouseEngines.Open(warehouse.Target);
        engine.Connection.Execute("update etl.view_definition set definition_sha256 = 'older text'");
        return warehouse;
    }

    protected static CswhProcess PausedLoad(TestWarehouse warehouse, string folder, string step)
    {
        var run = CswhProcess.Start(["load", "--source", folder, "--db", warehouse.DbArgument],
            new Dictionary<string, string?> { [StepBoundary.Variable] = step });
        Assert.True(run.WaitForError($"paused at {step}", Bound), run.StandardError);
        return run;
    }

    [SkippableTheory]
    [MemberData(nameof(Steps))]
    public void A_load_killed_at_a_step_boundary_changes_nothing_and_the_next_run_completes(string step)
    {
        using var warehouse = Loaded(staleViews: step is StepBoundary.Migrate or StepBoundary.Views);
        var before = WarehouseSnapshot.Content(warehouse.Target, "dw", "etl");
        using var next = new ExportFolder().With("tickets.csv", NextTickets);

        using (var killed = PausedLoad(warehouse, next.Path, step))
            killed.Kill();

        Assert.Equal(before, WarehouseSnapshot.Content(warehouse.Target, "dw", "etl"));
        Assert.Equal(ViewIds.Expected, ViewIds.Of(warehouse.Target).Count);
        using var rerun = CswhProcess.Start(["load", "--source", next.Path, "--db", warehouse.DbArgument]);
        rerun.WaitForExit(Bound);
        Assert.True(rerun.ExitCode == 0, rerun.StandardError);
        Assert.Equal(3L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_ticket"));
    }
}

public sealed class DuckDbFaultInjection : FaultInjection
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresFaultInjection : FaultInjection
{
    protected override EngineKind Engine => EngineKind.Postgres;

    [SkippableFact]
    public void A_backend_terminated_mid_load_fails_the_run_with_the_real_cause_and_records_it()
    {
        using var warehouse = Loaded(staleViews: false);
        var before = WarehouseSnapshot.Content(warehouse.Target, "dw", "etl");
        using var next = new ExportFolder().With("tickets.csv", NextTickets);

        using var run = PausedLoad(warehouse, next.Path, StepBoundary.Stage);
        var terminated = WarehouseSnapshot.Scalar<long>(warehouse.Target,
            $"select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity where application_name like 'cswh:%:{run.Id}') t");
        Assert.Equal(1L, terminated);
        run.Continue();
        run.WaitForExit(TimeSpan.FromSeconds(60));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("57P01", run.StandardError);
        Assert.DoesNotContain("ObjectDisposedException", run.StandardError);
        var failed = WarehouseSnapshot.Query(warehouse.Target, "select message from etl.load_run where status = 'failed'");
        Assert.Contains("57P01", (string)Assert.Single(failed)["message"]!);
        // The failed run's record is the only change.
        using (var engine = WarehouseEngines.Open(warehouse.Target))
            foreach (var table in new[] { "load_file", "reject_row", "load_warning", "load_run" })
                engine.Connection.Execute($"delete from etl.{table} where run_id in (select run_id from etl.load_run where status = 'failed')");
        Assert.Equal(before, WarehouseSnapshot.Content(warehouse.Target, "dw", "etl"));
    }
}
