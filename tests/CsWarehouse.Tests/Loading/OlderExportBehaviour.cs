using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Loading;

/// <summary>
/// Loading last week's folder after today's must not take the warehouse back in time: rows older than what the
/// warehouse holds are skipped and reported with their line, unless the user asks to replay them. And a
/// subscription's periods never overlap. One subclass per engine.
/// </summary>
public abstract class OlderExportBehaviour
{
    protected abstract EngineKind Engine { get; }

    private static readonly DateOnly Today = new(2026, 3, 15);
    private static readonly DateOnly LastWeek = new(2026, 3, 8);

    private const string Plans = "plan_id,plan_name,tier,is_premium\nP1,Basic,basic,false\n";

    private const string TodayTickets = """
        ticket_id,created_at,channel,status,resolved_at
        T1,2026-03-02T09:00:00Z,email,solved,2026-03-10T10:00:00Z
        T2,2026-03-03T09:00:00Z,email,open,
        """;

    private const string LastWeekTickets = """
        ticket_id,created_at,channel,status,resolved_at
        T1,2026-03-02T09:00:00Z,email,open,
        T3,2026-03-05T09:00:00Z,chat,open,
        """;

    private const string TodaySubscriptions = """
        subscription_id,customer_id,plan_id,mrr,currency,started_on,ended_on
        S1,C1,P1,100,USD,2025-06-01,2026-02-28
        S2,C2,P1,22.02,USD,2025-09-01,
        """;

    private const string LastWeekSubscriptions = """
        subscription_id,customer_id,plan_id,mrr,currency,started_on,ended_on
        S1,C1,P1,100,USD,2025-06-01,
        """;

    private TestWarehouse TodayThenLastWeek(bool allowOlder, out Etl.Loading.LoadOutcome lastWeek)
    {
        var warehouse = TestWarehouse.Create(Engine);
        using var today = new ExportFolder().With("plans.csv", Plans).With("tickets.csv", TodayTickets).With("subscriptions.csv", TodaySubscriptions);
        Assert.True(warehouse.Load(today.Path, new LoadSettings { AsOf = Today }).Succeeded);
        using var older = new ExportFolder().With("tickets.csv", LastWeekTickets).With("subscriptions.csv", LastWeekSubscriptions);
        lastWeek = warehouse.Load(older.Path, new LoadSettings { AsOf = LastWeek, AllowOlder = allowOlder });
        Assert.True(lastWeek.Succeeded, lastWeek.Message);
        return warehouse;
    }

    private static decimal MarchMrr(TestWarehouse warehouse) =>
        WarehouseSnapshot.Scalar<decimal>(warehouse.Target, "select coalesce(sum(mrr), 0) from dw.fact_customer_mrr where month_key = 202603");

    [SkippableFact]
    public void Last_weeks_export_after_todays_leaves_the_solved_ticket_solved_and_the_cancelled_subscription_cancelled()
    {
        using var warehouse = TodayThenLastWeek(allowOlder: false, out var lastWeek);

        Assert.Equal("solved", WarehouseSnapshot.Scalar<string>(warehouse.Target, "select status from dw.fact_ticket where ticket_id = 'T1'"));
        Assert.Equal(1L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.subscription_period where subscription_id = 'S1' and ended_on is not null"));
        Assert.Equal(22.02m, MarchMrr(warehouse));
        // A ticket the warehouse did not have is new, whatever the export's age.
        Assert.Equal(1L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_ticket where ticket_id = 'T3'"));
        Assert.Contains(lastWeek.Warnings, w => w is { File: "tickets.csv", LineNumber: 2 } && w.Message.Contains("older than the warehouse"));
        Assert.Contains(lastWeek.Warnings, w => w is { File: "subscriptions.csv", LineNumber: 2 } && w.Message.Contains("older than the warehouse"));
        Assert.DoesNotContain(lastWeek.Warnings, w => w is { File: "tickets.csv", LineNumber: 3 });
        Assert.Equal(1, lastWeek.Files.Single(f => f.File == "tickets.csv").RowsLoaded);
    }

    [SkippableFact]
    public void With_allow_older_last_weeks_export_is_replayed()
    {
        using var warehouse = TodayThenLastWeek(allowOlder: true, out var lastWeek);

        Assert.Equal("open", WarehouseSnapshot.Scalar<string>(warehouse.Target, "select status from dw.fact_ticket where ticket_id = 'T1'"));
        Assert.Equal(0L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.subscription_period where subscription_id = 'S1' and ended_on is not null"));
        Assert.Equal(122.02m, MarchMrr(warehouse));
        Assert.DoesNotContain(lastWeek.Warnings, w => w.Message.Contains("older than the warehouse"));
    }

    [SkippableFact]
    public void The_command_line_skips_with_a_warning_and_replays_with_allow_older()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var today = new ExportFolder().With("tickets.csv", TodayTickets);
        using var older = new ExportFolder().With("tickets.csv", LastWeekTickets);
        using (var first = CswhProcess.Run(["load", "--source", today.Path, "--db", warehouse.DbArgument, "--as-of", "2026-03-15"]))
            Assert.True(first.ExitCode == 0, first.StandardError);

        using (var skipped = CswhProcess.Run(["load", "--source", older.Path, "--db", warehouse.DbArgument, "--as-of", "2026-03-08", "--json"]))
        {
            Assert.True(skipped.ExitCode == 0, skipped.StandardError);
            Assert.Contains("older than the warehouse", skipped.StandardOutput + skipped.StandardError);
        }
        Assert.Equal("solved", WarehouseSnapshot.Scalar<string>(warehouse.Target, "select status from dw.fact_ticket where ticket_id = 'T1'"));

        using (var replayed = CswhProcess.Run(["load", "--source", older.Path, "--db", warehouse.DbArgument, "--as-of", "2026-03-08", "--allow-older"]))
            Assert.True(replayed.ExitCode == 0, replayed.StandardError);
        Assert.Equal("open", WarehouseSnapshot.Scalar<string>(warehouse.Target, "select status from dw.fact_ticket where ticket_id = 'T1'"));
    }

    [SkippableFact]
    public void The_same_export_loaded_again_is_not_older_and_changes_nothing()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var today = new ExportFolder().With("plans.csv", Plans).With("tickets.csv", TodayTickets).With("subscriptions.csv", TodaySubscriptions);
        Assert.True(warehouse.Load(today.Path, new LoadSettings { AsOf = Today }).Succeeded);
        var before = WarehouseSnapshot.Content(warehouse.Target, "dw");

        var again = warehouse.Load(today.Path, new LoadSettings { AsOf = Today });

        Assert.True(again.Succeeded && again.Warnings.Count == 0, again.Message);
        Assert.Equal(before, WarehouseSnapshot.Content(warehouse.Target, "dw"));
    }

    [SkippableFact]
    public void Overlapping_periods_of_one_subscription_are_rejected_with_file_line_and_column()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var first = new ExportFolder().With("plans.csv", Plans).With("subscriptions.csv", """
            subscription_id,customer_id,plan_id,mrr,currency,started_on,ended_on
            S1,C1,P1,10,USD,2026-01-01,
            S1,C1,P1,20,USD,2026-02-01,
            S2,C2,P1,5,USD,2026-01-01,2026-02-01
            S2,C2,P1,7,USD,2026-02-01,
            """);
        var outcome = warehouse.Load(first.Path, new LoadSettings { AsOf = Today, MaxRejectRate = 1 });

        Assert.True(outcome.Succeeded, outcome.Message);
        var reject = Assert.Single(outcome.Rejections);
        Assert.Equal(("subscriptions.csv", 3L, "started_on", "2026-02-01"), (reject.File, reject.LineNumber, reject.Column, reject.Value));
        Assert.Contains("overlaps", reject.Reason);
        Assert.Equal(17m, MarchMrr(warehouse)); // 10 for S1, 7 for S2: never 10 + 20 for S1

        // A later file's period overlapping one already loaded is rejected the same way.
        using var second = new ExportFolder().With("subscriptions.csv", "subscription_id,customer_id,plan_id,mrr,currency,started_on,ended_on\nS1,C1,P1,30,USD,2026-03-01,\n");
        var later = warehouse.Load(second.Path, new LoadSettings { AsOf = Today, MaxRejectRate = 1 });
        Assert.Equal(("subscriptions.csv", 2L, "started_on"), (later.Rejections.Single().File, later.Rejections.Single().LineNumber, later.Rejections.Single().Column));
        Assert.Equal(17m, MarchMrr(warehouse));
        Assert.Empty(DataTest.Run(warehouse.Target, "subscription_period_overlapping"));
    }
}

public sealed class DuckDbOlderExportTests : OlderExportBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresOlderExportTests : OlderExportBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
