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
        return new WarehouseTarget(engine, engine == EngineKind.DuckDb ? rest : ConnectionSecrets.WithPasswordFromEnvironment(engine, rest));
    }

    /// <summary>The target to use: the option if given, else <c>CSWH_DB</c>, else the embedded default.</summary>
    public static WarehouseTarget Resolve(string? option) =>
        Parse(option ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? DefaultSpec);

    /// <summary>The secret values in the connection string, so logs and errors can hide them.</summary>
    public IReadOnlyList<string> Secrets()
    {
        if (Engine == EngineKind.DuckDb) return [];
        if (ConnectionSecrets.Parse(Engine, ConnectionString) is not { } builder) return [ConnectionString]; // unparseable: hide all of it
        return ConnectionSecrets.SecretProperties(builder)
            .Select(p => p.GetValue(builder)?.ToString() ?? "")
            .Where(v => v.Length > 0)
            .ToList();
    }

    /// <summary>A description safe to print: engine plus connection settings with secrets masked.</summary>
    public string Describe()
    {
        if (Engine == EngineKind.DuckDb) return $"duckdb:{ConnectionString}";
        var name = Engine.ToString().ToLowerInvariant();
        if (ConnectionSecrets.Parse(Engine, ConnectionString) is not { } builder) return $"{name}:(unparseable connection string)";
        foreach (var property in ConnectionSecrets.SecretProperties(builder))
            if (property.GetValue(builder) is string { Length: > 0 })
                property.SetValue(builder, "***");
        return $"{name}:{builder.ConnectionString}";
    }
}
