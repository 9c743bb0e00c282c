using Npgsql;

namespace CsWarehouse.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests use, from CSWH_TEST_POSTGRES (a connection string without a database).
/// Without it the PostgreSQL tests skip and say why; with CSWH_REQUIRE_POSTGRES=1 (as CI sets) they fail instead.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "CSWH_TEST_POSTGRES";

    public static string? BaseConnectionString => Environment.GetEnvironmentVariable(Variable);

    public static bool Required => Environment.GetEnvironmentVariable("CSWH_REQUIRE_POSTGRES") == "1";

    /// <summary>Skips the calling test when no server is configured (or fails, where one is required).</summary>
    public static string RequireBase()
    {
        if (BaseConnectionString is { Length: > 0 } cs) return cs;
        if (Required) throw new InvalidOperationException($"{Variable} is not set but CSWH_REQUIRE_POSTGRES=1.");
        Skip.If(true, $"No PostgreSQL server configured: set {Variable}, e.g. Host=localhost;Username=postgres;Password=postgres");
        return "";
    }

    /// <summary>Creates an empty database for one test and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var baseCs = RequireBase();
        var name = "cswh_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(baseCs) { Database = "postgres" }.ConnectionString))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"create database {name}", admin);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(baseCs) { Database = name }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString);
        admin.Open();
        using var drop = new NpgsqlCommand($"drop database if exists {name} with (force)", admin);
        drop.ExecuteNonQuery();
    }
}
