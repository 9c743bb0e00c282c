using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines.DuckDb;
using CsWarehouse.Etl.Engines.Postgres;
using CsWarehouse.Etl.Engines.SqlServer;

namespace CsWarehouse.Etl.Engines;

/// <summary>Opens the engine a target names.</summary>
public static class WarehouseEngines
{
    /// <summary>Opens the warehouse to write (a DuckDB file is created if missing).</summary>
    public static IWarehouseEngine Open(WarehouseTarget target) => target.Engine switch
    {
        EngineKind.DuckDb => DuckDbEngine.Open(target.ConnectionString),
        EngineKind.Postgres => PostgresEngine.Open(target.ConnectionString),
        EngineKind.SqlServer => SqlServerEngine.Open(target.ConnectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    /// <summary>
    /// Opens the warehouse only to read it: a DuckDB file must exist (a typo in its name is not a new, empty
    /// warehouse) and is opened read-only; a server is opened as it is, with whatever rights the login has.
    /// </summary>
    public static IWarehouseEngine OpenForReading(WarehouseTarget target)
    {
        if (target.Engine != EngineKind.DuckDb) return Open(target);
        if (!File.Exists(target.ConnectionString))
            throw new ConfigurationException(
                $"--db duckdb:{target.ConnectionString}: no such warehouse file. Check the name, or create it with cswh load or cswh migrate.");
        return DuckDbEngine.Open(target.ConnectionString, readOnly: true);
    }
}
