using System.Data.Common;

namespace CsWarehouse.Etl.Configuration;

/// <summary>Where the warehouse lives: an engine and its connection string, parsed from <c>--db</c>.</summary>
public sealed record WarehouseTarget(EngineKind Engine, string ConnectionString)
{
    public const string DefaultSpec = "duckdb:warehouse.duckdb";
    public const string EnvironmentVariable = "CSWH_DB";

    /// <summary>Parses <c>duckdb:FILE</c>, <c>postgres:CONNSTR</c> or <c>sqlserver:CONNSTR</c>.</summary>
    public static WarehouseTarget Parse(string spec)
    {
        var colon = spec.IndexOf(':');
        if (colon <= 0)
            throw new ConfigurationException(
                "--db must look like duckdb:FILE, postgres:CONNECTION-STRING or sqlserver:CONNECTION-STRING.");
        var prefix = spec[..colon].Trim().ToLowerInvariant();
        var rest = spec[(colon + 1)..].Trim();
        var engine = prefix switch
        {
            "duckdb" => EngineKind.DuckDb,
            "postgres" or "postgresql" or "pg" => EngineKind.Postgres,
            "sqlserver" or "mssql" => EngineKind.SqlServer,
            _ => throw new ConfigurationException(
                $"Unknown engine '{prefix}' in --db: use duckdb, postgres or sqlserver."),
        };
        if (rest.Length == 0)
            throw new ConfigurationException($"--db {prefix}: needs a file name or connection string after the colon.");
        return new WarehouseTarget(engine, rest);
    }

    /// <summary>The target to use: the option if given, else <c>CSWH_DB</c>, else the embedded default.</summary>
    public static WarehouseTarget Resolve(string? option) =>
        Parse(option ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? DefaultSpec);

    /// <summary>The secret values in the connection string, so logs and errors can hide them.</summary>
    public IReadOnlyList<string> Secrets()
    {
        if (Engine == EngineKind.DuckDb) return [];
        var builder = new DbConnectionStringBuilder();
        try { builder.ConnectionString = ConnectionString; }
        catch (ArgumentException) { return [ConnectionString]; } // unparseable: hide all of it
        return builder.Keys.Cast<string>()
            .Where(IsSecretKey)
            .Select(k => builder[k]?.ToString() ?? "")
            .Where(v => v.Length > 0)
            .ToList();
    }

    /// <summary>A description safe to print: engine plus connection settings with secrets masked.</summary>
    public string Describe()
    {
        if (Engine == EngineKind.DuckDb) return $"duckdb:{ConnectionString}";
        var builder = new DbConnectionStringBuilder();
        try { builder.ConnectionString = ConnectionString; }
        catch (ArgumentException) { return $"{Engine.ToString().ToLowerInvariant()}:(unparseable connection string)"; }
        foreach (var key in builder.Keys.Cast<string>().Where(IsSecretKey).ToList())
            builder[key] = "***";
        return $"{Engine.ToString().ToLowerInvariant()}:{builder.ConnectionString}";
    }

    private static bool IsSecretKey(string key)
    {
        var k = key.Replace(" ", "").ToLowerInvariant();
        return k is "password" or "pwd" or "accesstoken" or "token" or "clientsecret" or "secret";
    }
}
