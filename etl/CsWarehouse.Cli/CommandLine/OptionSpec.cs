namespace CsWarehouse.Cli.CommandLine;

/// <summary>One command-line option: its name, value placeholder (null for a flag), one-sentence description and example.</summary>
public sealed record OptionSpec(string Name, string? Value, string Description, string Example, string? Default = null)
{
    public bool IsFlag => Value is null;

    /// <summary>A positional argument (its name has no leading dashes, e.g. FILE), given as the value alone.</summary>
    public bool IsPositional => !Name.StartsWith("--", StringComparison.Ordinal);
}
