namespace CsWarehouse.Etl.Engines;

/// <summary>A read found no warehouse, or one older than this cswh; nothing was read or changed.</summary>
public sealed class WarehouseNotReadyException(string message) : Exception(message);
