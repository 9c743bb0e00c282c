using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines.DuckDb;
using CsWarehouse.Etl.Engines.Postgres;
using CsWarehouse.Etl.Engines.SqlServer;

namespace CsWarehouse.Etl.Engines;

/// <summary>Opens the engine a target names.</summary>
public static class WarehouseEngines
{
    public static IWarehouseEngine Open(WarehouseTarget target) => target.Engine switch
    {
        EngineKind.DuckDb => DuckDbEngine.Open(target.ConnectionString),
        EngineKind.Postgres => PostgresEngine.Open(target.ConnectionString),
        EngineKind.SqlServer => SqlServerEngine.Open(target.ConnectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };
}
