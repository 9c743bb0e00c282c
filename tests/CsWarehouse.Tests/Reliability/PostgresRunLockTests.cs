using System.Diagnostics;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines.Postgres;
using CsWarehouse.Tests.Support;
using Dapper;
using Npgsql;

namespace CsWarehouse.Tests.Reliability;

/// <summary>The PostgreSQL run lock does not outlive the process that took it, and a refusal names its holder.</summary>
public sealed class PostgresRunLockTests
{
    private const long RunLockKey = 0x6373_7768;
    private const string Tickets = "ticket_id,created_at,channel\nT1,2026-03-01T09:00:00Z,email\n";

    [SkippableFact]
    public void The_run_session_asks_the_server_to_end_it_when_its_client_is_gone()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        using var engine = PostgresEngine.Open(warehouse.Target.ConnectionString);

        Assert.Equal("5s", engine.Connection.ExecuteScalar<string>("show client_connection_check_interval"));
        Assert.Equal("15min", engine.Connection.ExecuteScalar<string>("show idle_in_transaction_session_timeout"));
    }

    [SkippableFact]
    public void A_lock_left_by_a_cswh_process_that_is_gone_is_freed_by_the_next_run()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        warehouse.Open().Dispose();
        using var orphan = Holder(warehouse, $"cswh:{Environment.MachineName}:{DeadProcessId()}");
        // The orphan's backend is busy, as one whose client was killed mid-statement would be.
        var busy = new NpgsqlCommand("select pg_sleep(120)", orphan).ExecuteNonQueryAsync();
        using var folder = new ExportFolder().With("tickets.csv", Tickets);

        var clock = Stopwatch.StartNew();
        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument]);

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.ThrowsAny<Exception>(() => busy.GetAwaiter().GetResult());
    }

    [SkippableFact]
    public void A_lock_held_by_a_live_session_exits_3_naming_the_holder_and_since_when()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        warehouse.Open().Dispose();
        using var holder = Holder(warehouse, "nightly-report");
        var pid = holder.ExecuteScalar<int>("select pg_backend_pid()");
        using var folder = new ExportFolder().With("tickets.csv", Tickets);

        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"held by PostgreSQL backend {pid} (nightly-report", run.StandardError);
        Assert.Contains("connected since", run.StandardError);
    }

    private static NpgsqlConnection Holder(TestWarehouse warehouse, string applicationName)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(warehouse.Target.ConnectionString)
        {
            ApplicationName = applicationName, Pooling = false,
        }.ConnectionString);
        connection.Open();
        Assert.True(connection.ExecuteScalar<bool>("select pg_try_advisory_lock(@key)", new { key = RunLockKey }));
        return connection;
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!;
        process.WaitForExit();
        return process.Id;
    }
}
