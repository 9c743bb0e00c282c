using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;
using Npgsql;

namespace CsWarehouse.Tests.Reliability;

/// <summary>
/// Every spelling of a secret the drivers accept is hidden: in the warehouse: log line, the summary, the run log
/// in the warehouse and error text. The key lists are the drivers' documented keywords, written out here.
/// </summary>
public sealed class ConnectionSecretTests
{
    private const string Secret = "Kx7-odd-S3cret";

    [Theory]
    [InlineData("postgres", "Password")]
    [InlineData("postgres", "PWD")]
    [InlineData("postgres", "Psw")]
    [InlineData("postgres", "SSL Password")]
    [InlineData("postgres", "SslPassword")]
    [InlineData("sqlserver", "Password")]
    [InlineData("sqlserver", "PWD")]
    public void Every_key_a_driver_takes_for_a_secret_is_masked(string engine, string key)
    {
        var server = engine == "postgres" ? "Host=db" : "Server=db";
        var target = WarehouseTarget.Parse($"{engine}:{server};{key}={Secret}");

        Assert.DoesNotContain(Secret, target.Describe());
        Assert.Contains("***", target.Describe());
        Assert.Contains(Secret, target.Secrets());
    }

    [Fact]
    public void A_connection_string_the_driver_cannot_parse_is_hidden_whole()
    {
        var target = WarehouseTarget.Parse($"postgres:Host=db;Pasword={Secret}");

        Assert.DoesNotContain(Secret, target.Describe());
        Assert.Contains(target.ConnectionString, target.Secrets());
    }

    [SkippableTheory]
    [InlineData("Password")]
    [InlineData("PWD")]
    [InlineData("Psw")]
    [InlineData("SSL Password")]
    public void A_load_with_a_secret_under_any_key_never_shows_it(string key)
    {
        using var role = PostgresRole.Create(Secret);
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        Grant(warehouse, role);
        var builder = new NpgsqlConnectionStringBuilder(PostgresServer.RequireBase()) { Database = DatabaseOf(warehouse), Username = role.Name, Password = null };
        // With SSL Password the secret is that key's value, and the login's password comes from the environment.
        var db = "postgres:" + builder.ConnectionString + $";{key}={Secret}";
        var environment = new Dictionary<string, string?> { ["CSWH_DB_PASSWORD"] = key == "SSL Password" ? Secret : null };
        using var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nT1,2026-03-01T09:00:00Z,email\nT2,bad,email\n");

        using var load = CswhProcess.Run(["load", "--source", folder.Path, "--db", db, "--max-reject-rate", "1"], environment);
        using var json = CswhProcess.Run(["load", "--source", folder.Path, "--db", db, "--json", "--max-reject-rate", "1"], environment);
        using var runs = CswhProcess.Run(["runs", "--db", db], environment);
        using var wrong = CswhProcess.Run(["load", "--source", folder.Path, "--db", db.Replace(builder.Username!, "nobody_here")], environment);

        Assert.True(load.ExitCode == 0, load.StandardError);
        Assert.Contains("warehouse: postgres:", load.StandardError);
        Assert.Equal(1, wrong.ExitCode);
        foreach (var run in new[] { load, json, runs, wrong })
            Assert.DoesNotContain(Secret, run.StandardOutput + run.StandardError);
        Assert.DoesNotContain(Secret, WarehouseSnapshot.Content(warehouse.Target, "etl", "dw"));
    }

    [SkippableFact]
    public void A_password_from_a_file_named_by_CSWH_DB_PASSWORD_FILE_logs_in_and_is_never_shown()
    {
        using var role = PostgresRole.Create(Secret);
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        Grant(warehouse, role);
        var file = Path.GetTempFileName();
        File.WriteAllText(file, Secret + "\n");
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(PostgresServer.RequireBase()) { Database = DatabaseOf(warehouse), Username = role.Name, Password = null };
            using var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nT1,2026-03-01T09:00:00Z,email\n");
            using var load = CswhProcess.Run(["load", "--source", folder.Path, "--db", "postgres:" + builder.ConnectionString],
                new Dictionary<string, string?> { ["CSWH_DB_PASSWORD_FILE"] = file, ["PGPASSWORD"] = null });

            Assert.True(load.ExitCode == 0, load.StandardError);
            Assert.DoesNotContain(Secret, load.StandardOutput + load.StandardError);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string DatabaseOf(TestWarehouse warehouse) => new NpgsqlConnectionStringBuilder(warehouse.Target.ConnectionString).Database!;

    private static void Grant(TestWarehouse warehouse, PostgresRole role)
    {
        using var connection = new NpgsqlConnection(warehouse.Target.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"alter database {DatabaseOf(warehouse)} owner to {role.Name}; alter schema public owner to {role.Name}", connection);
        command.ExecuteNonQuery();
    }
}
