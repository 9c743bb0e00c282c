using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.Cli;

/// <summary><c>cswh check</c> with the real program, on the demo warehouse: one subclass per engine.</summary>
public abstract class CheckCommandBehaviour
{
    protected abstract EngineKind Engine { get; }

    private TestWarehouse DemoWarehouse()
    {
        var warehouse = TestWarehouse.Create(Engine);
        var zone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--reporting-tz");
        var outcome = warehouse.Load(RepositoryPaths.DemoSamples, new LoadSettings { SourceTimeZone = zone, ReportingTimeZone = zone });
        Assert.True(outcome.Succeeded, outcome.Message);
        return warehouse;
    }

    [SkippableFact]
    public void Check_passes_on_a_clean_demo_warehouse_and_lists_every_check()
    {
        using var warehouse = DemoWarehouse();

        using var run = CswhProcess.Run(["check", "--db", warehouse.DbArgument]);

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        Assert.DoesNotContain("FAIL", run.StandardOutput);
        Assert.Contains("PASS  fact_ticket_orphan_agent_key", run.StandardOutput);
        Assert.Contains("PASS  mrr_bridge_does_not_balance", run.StandardOutput);
        Assert.Matches(@"(\d+) checks: \1 passed, 0 failed", run.StandardOutput);
    }

    [SkippableFact]
    public void Check_fails_with_code_4_and_names_a_planted_orphan_a_duplicate_key_and_a_broken_mrr_bridge()
    {
        using var warehouse = DemoWarehouse();
        using (var engine = WarehouseEngines.Open(warehouse.Target))
        {
            engine.Connection.Execute("update dw.fact_ticket set agent_key = 99999 where ticket_id = (select min(ticket_id) from dw.fact_ticket)");
            engine.Connection.Execute("insert into dw.dim_topic select * from dw.dim_topic where topic_key = (select min(topic_key) from dw.dim_topic)");
            engine.Connection.Execute("""
                update dw.fact_customer_mrr set mrr = mrr + 7
                where customer_id = (select min(customer_id) from dw.fact_customer_mrr)
                  and month_key = (select max(month_key) from dw.fact_customer_mrr)
                """);
        }

        using var run = CswhProcess.Run(["check", "--db", warehouse.DbArgument]);

        Assert.True(run.ExitCode == 4, run.StandardOutput + run.StandardError);
        var output = run.StandardOutput;
        Assert.Contains("FAIL  fact_ticket_orphan_agent_key: 1 row(s)", output);
        Assert.Contains("agent_key=99999", output);
        Assert.Contains("FAIL  dim_topic_duplicate_surrogate_key: 1 row(s)", output);
        Assert.Contains("FAIL  dim_topic_duplicate_business_key: 1 row(s)", output);
        Assert.Contains("FAIL  mrr_bridge_does_not_balance", output);
        Assert.DoesNotContain("FAIL  fact_call_orphan_agent_key", output);
    }

    /// <summary>
    /// The load runs the same checks before it commits, those reading a table it changed (here dw.fact_ticket), on
    /// the rows it writes: when one of them is broken, none of its rows land.
    /// </summary>
    [SkippableFact]
    public void A_load_that_would_commit_a_failing_data_test_is_rolled_back_with_code_4_naming_the_check()
    {
        using var warehouse = DemoWarehouse();
        // An older broken row is cswh check's to find (the test above); the load judges the rows it writes.
        DataTest.PlantOrphanWrittenByTheNextRun(warehouse.Target);
        using var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nNEW-1,2026-03-01T09:00:00Z,email\n");

        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument]);

        Assert.True(run.ExitCode == 4, run.StandardOutput + run.StandardError);
        Assert.Contains("fact_ticket_orphan_agent_key", run.StandardError);
        Assert.Equal(0L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_ticket where ticket_id = 'NEW-1'"));
        Assert.Contains("fact_ticket_orphan_agent_key", WarehouseSnapshot.Scalar<string>(warehouse.Target,
            "select message from etl.load_run where run_id = (select max(run_id) from etl.load_run)"));
    }

    [SkippableFact]
    public void Check_on_a_warehouse_never_loaded_says_so_and_creates_nothing()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        if (Engine == EngineKind.DuckDb) File.Delete(warehouse.Target.ConnectionString);

        using var run = CswhProcess.Run(["check", "--db", warehouse.DbArgument]);

        // A read never creates a warehouse: a missing DuckDB file is a usage error, an empty server database a failed read.
        Assert.Equal(Engine == EngineKind.DuckDb ? 2 : 1, run.ExitCode);
        Assert.Contains(Engine == EngineKind.DuckDb ? "no such warehouse file" : "holds no cswh warehouse", run.StandardError);
    }
}

public sealed class DuckDbCheckCommandTests : CheckCommandBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresCheckCommandTests : CheckCommandBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;

    /// <summary>A read: it runs while a load holds the run lock, and migrates nothing.</summary>
    [SkippableFact]
    public void Check_runs_while_another_run_holds_the_lock()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var holder = warehouse.Open();

        using var run = CswhProcess.Run(["check", "--db", warehouse.DbArgument]);

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
    }
}
