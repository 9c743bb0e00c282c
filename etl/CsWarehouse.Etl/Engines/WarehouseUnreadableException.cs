namespace CsWarehouse.Etl.Engines;

/// <summary>The warehouse exists but cannot be used as one (a damaged or foreign file); nothing was changed.</summary>
public sealed class WarehouseUnreadableException(string message, Exception? inner = null) : Exception(message, inner);
