namespace CsWarehouse.Etl.Profiles;

/// <summary>A mapping profile that cannot be used: bad JSON, a key the schema does not allow, an unknown column, a bad pattern.</summary>
public sealed class ProfileException(string profileFile, string key, string message)
    : Exception($"profile {profileFile}: {(key.Length == 0 ? "" : key + ": ")}{message}")
{
    public string ProfileFile { get; } = profileFile;
    public string Key { get; } = key;
}
