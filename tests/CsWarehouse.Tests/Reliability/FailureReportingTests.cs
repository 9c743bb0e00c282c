using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Reliability;

/// <summary>A failure is reported by its first cause, told apart by error type, never by words in a message.</summary>
public sealed class FailureReportingTests
{
    [Fact]
    public void A_damaged_DuckDB_file_is_reported_as_unreadable_not_as_locked()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        // "block" in the text: the old check took any message containing "lock" for a lock.
        File.WriteAllText(warehouse.Target.ConnectionString, "a block of bytes that is no database " + new string('x', 8192));
        using var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nT1,2026-03-01T09:00:00Z,email\n");
        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a readable DuckDB warehouse", run.StandardError);
        Assert.DoesNotContain("Another process", run.StandardError);
    }

    [Fact]
    public void A_DuckDB_file_another_process_has_open_exits_3_naming_that_process()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var holder = warehouse.Open();
        using var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nT1,2026-03-01T09:00:00Z,email\n");
        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Another process has the warehouse file", run.StandardError);
        Assert.Contains($"PID {Environment.ProcessId}", run.StandardError);
    }

    [Fact]
    public void A_failing_rollback_does_not_replace_the_error_that_caused_it()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var engine = warehouse.Open();
        var tx = engine.Connection.BeginTransaction();
        tx.Commit(); // a second end of the transaction fails, as a rollback on a broken connection does
        var cause = new InvalidOperationException("the real cause");

        FirstCause.Rollback(tx, cause);

        Assert.Equal("the real cause", cause.Message);
        Assert.True(cause.Data.Contains("cswh.rollback"));
    }
}
