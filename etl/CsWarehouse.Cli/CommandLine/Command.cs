namespace CsWarehouse.Cli.CommandLine;

/// <summary>One <c>cswh</c> command: its name, what it does, its options, and how it runs.</summary>
public abstract class Command
{
    public abstract string Name { get; }
    public abstract string Summary { get; }
    public abstract IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>Whole command lines shown under "Examples" in --help.</summary>
    public virtual IReadOnlyList<string> Examples => [];

    public abstract int Run(ParsedOptions options, Terminal terminal);
}
