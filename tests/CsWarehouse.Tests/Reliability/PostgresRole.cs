using CsWarehouse.Tests.Support;
using Npgsql;

namespace CsWarehouse.Tests.Reliability;

/// <summary>A login role on the test server for one test, dropped (with what it owns and holds) at the end.</summary>
internal sealed class PostgresRole : IDisposable
{
    private PostgresRole(string name, string password)
    {
        Name = name;
        Password = password;
    }

    public string Name { get; }
    public string Password { get; }

    public static PostgresRole Create(string? password = null)
    {
        var role = new PostgresRole("cswh_role_" + Guid.NewGuid().ToString("N")[..10], password ?? "Rr-" + Guid.NewGuid().ToString("N")[..12]);
        Admin($"create role {role.Name} login password '{role.Password}'");
        return role;
    }

    /// <summary>A connection string to <paramref name="database"/> as this role.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresServer.RequireBase()) { Database = database, Username = Name, Password = Password }.ConnectionString;

    private static void Admin(string sql)
    {
        using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer.RequireBase()) { Database = "postgres" }.ConnectionString);
        admin.Open();
        using var command = new NpgsqlCommand(sql, admin);
        command.ExecuteNonQuery();
    }

    // Declared before the test's database, so that database (and the grants in it) is gone when the role is dropped.
    public void Dispose()
    {
        try { Admin($"drop role if exists {Name}"); }
        catch (PostgresException) { }
    }
}
