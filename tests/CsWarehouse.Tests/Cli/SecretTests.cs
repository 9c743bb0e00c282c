using CsWarehouse.Tests.Support;
using Npgsql;

namespace CsWarehouse.Tests.Cli;

/// <summary>A password from a connection string never reaches a log line or an error message.</summary>
public sealed class SecretTests
{
    private const string Password = "Zq9-unusual-P4ssword";

    [SkippableFact]
    public void A_wrong_password_fails_without_printing_it()
    {
        var server = new NpgsqlConnectionStringBuilder(PostgresServer.RequireBase()) { Password = Password, Database = "postgres" };
        using var run = CswhProcess.Run(["load", "--source", ".", "--db", "postgres:" + server.ConnectionString]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error:", run.StandardError);
        Assert.DoesNotContain(Password, run.StandardError + run.StandardOutput);
    }

    [SkippableFact]
    public void A_successful_run_never_prints_the_password_from_CSWH_DB()
    {
        var baseCs = new NpgsqlConnectionStringBuilder(PostgresServer.RequireBase());
        var role = "cswh_secret_" + Guid.NewGuid().ToString("N")[..8];
        var database = role + "_db";
        using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(baseCs.ConnectionString) { Database = "postgres" }.ConnectionString))
        {
            admin.Open();
            new NpgsqlCommand($"create role {role} login password '{Password}'", admin).ExecuteNonQuery();
            new NpgsqlCommand($"create database {database} owner {role}", admin).ExecuteNonQuery();
        }
        var target = new NpgsqlConnectionStringBuilder(baseCs.ConnectionString) { Database = database, Username = role, Password = Password };
        try
        {
            using var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nT1,2026-03-01T09:00:00Z,email\n");
            using var run = CswhProcess.Run(["load", "--source", folder.Path],
                new Dictionary<string, string?> { ["CSWH_DB"] = "postgres:" + target.ConnectionString });
            using var runs = CswhProcess.Run(["runs"], new Dictionary<string, string?> { ["CSWH_DB"] = "postgres:" + target.ConnectionString });

            Assert.True(run.ExitCode == 0, run.StandardError);
            Assert.Equal(0, runs.ExitCode);
            Assert.Contains("warehouse: postgres:", run.StandardError);
            foreach (var output in new[] { run.StandardError, run.StandardOutput, runs.StandardError, runs.StandardOutput })
                Assert.DoesNotContain(Password, output);
        }
        finally
        {
            // As the server's admin: with (force) may have to end an autovacuum worker, which the owner role may not.
            PostgresServer.DropDatabase(new NpgsqlConnectionStringBuilder(baseCs.ConnectionString) { Database = database }.ConnectionString);
            using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(baseCs.ConnectionString) { Database = "postgres" }.ConnectionString);
            admin.Open();
            new NpgsqlCommand($"drop role if exists {role}", admin).ExecuteNonQuery();
        }
    }
}
