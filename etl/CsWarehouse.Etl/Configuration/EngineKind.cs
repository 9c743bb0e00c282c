namespace CsWarehouse.Etl.Configuration;

/// <summary>The database engines a warehouse can live on.</summary>
public enum EngineKind
{
    DuckDb,
    Postgres,
    SqlServer,
}
