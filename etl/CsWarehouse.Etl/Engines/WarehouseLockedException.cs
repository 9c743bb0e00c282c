namespace CsWarehouse.Etl.Engines;

/// <summary>Another run holds the warehouse; this one did not start.</summary>
public sealed class WarehouseLockedException(string message) : Exception(message);
