namespace CsWarehouse.Cli.CommandLine;

/// <summary>One command-line option: its name, value placeholder (null for a flag), one-sentence description and example.</summary>
public sealed record OptionSpec(string Name, string? Value, string Description, string Example, string? Default = null)
{
    public bool IsFlag => Value is null;
}
