namespace CsWarehouse.Etl.Reading;

/// <summary>A whole file cannot be loaded (unknown name, missing column, unreadable); the run stops before writing.</summary>
public sealed class FileLevelException(string file, string message) : Exception($"{file}: {message}")
{
    public string File { get; } = file;
}
