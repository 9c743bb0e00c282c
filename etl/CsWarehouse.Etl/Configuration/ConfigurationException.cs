namespace CsWarehouse.Etl.Configuration;

/// <summary>A setting or argument is wrong; the message says which and how to fix it.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
