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

    /// <summary>
    /// The one JSON line a command that offers --json prints on standard output when it fails before its own
    /// summary (a bad option, a locked warehouse, an unreadable file): a scheduler appending to a JSON Lines
    /// file gets a line for every run. Null for commands without --json.
    /// </summary>
    public virtual string? JsonFailure(string error) => null;
}
