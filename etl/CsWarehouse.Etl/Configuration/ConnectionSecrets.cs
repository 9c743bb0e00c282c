using System.ComponentModel;
using System.Data.Common;
using System.Reflection;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace CsWarehouse.Etl.Configuration;

/// <summary>
/// Finds the secrets of a connection string with the driver's own connection-string builder, so every spelling
/// the driver accepts (Password, Pwd, Psw, SSL Password, ...) lands on the one property it means, and the property's
/// own metadata says whether it holds a secret. Also supplies a password kept out of the command line.
/// </summary>
public static class ConnectionSecrets
{
    /// <summary>A password for the --db connection string when it has none (kept out of the process list).</summary>
    public const string PasswordVariable = "CSWH_DB_PASSWORD";

    /// <summary>A file whose content (one line) is that password, e.g. a mounted secret.</summary>
    public const string PasswordFileVariable = "CSWH_DB_PASSWORD_FILE";

    /// <summary>The driver's builder holding <paramref name="connectionString"/>; null if the driver cannot parse it.</summary>
    public static DbConnectionStringBuilder? Parse(EngineKind engine, string connectionString)
    {
        try
        {
            return engine switch
            {
                EngineKind.Postgres => new NpgsqlConnectionStringBuilder(connectionString),
                EngineKind.SqlServer => new SqlConnectionStringBuilder(connectionString),
                _ => null,
            };
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The builder's properties that hold a secret: those the driver marks as password text, and those it names a
    /// password (Npgsql's SSL Password carries the name but not the mark).
    /// </summary>
    public static IEnumerable<PropertyInfo> SecretProperties(DbConnectionStringBuilder builder) =>
        builder.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0)
            .Where(p => p.GetCustomAttribute<PasswordPropertyTextAttribute>()?.Password == true ||
                        (p.GetCustomAttribute<DisplayNameAttribute>()?.DisplayName ?? p.Name)
                            .Contains("password", StringComparison.OrdinalIgnoreCase));

    /// <summary>The connection string with the password from CSWH_DB_PASSWORD or CSWH_DB_PASSWORD_FILE, if it names none.</summary>
    public static string WithPasswordFromEnvironment(EngineKind engine, string connectionString)
    {
        var password = PasswordFromEnvironment();
        if (password is null || Parse(engine, connectionString) is not { } builder) return connectionString;
        switch (builder)
        {
            case NpgsqlConnectionStringBuilder pg when string.IsNullOrEmpty(pg.Password):
                pg.Password = password;
                return pg.ConnectionString;
            case SqlConnectionStringBuilder sql when string.IsNullOrEmpty(sql.Password):
                sql.Password = password;
                return sql.ConnectionString;
            default:
                return connectionString;
        }
    }

    private static string? PasswordFromEnvironment()
    {
        if (Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } password) return password;
        if (Environment.GetEnvironmentVariable(PasswordFileVariable) is not { Length: > 0 } file) return null;
        try
        {
            return File.ReadAllText(file).TrimEnd('\r', '\n');
        }
        catch (IOException e)
        {
            throw new ConfigurationException($"{PasswordFileVariable}: cannot read {file} ({e.Message}).");
        }
        catch (UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{PasswordFileVariable}: this user may not read {file}.");
        }
    }
}
