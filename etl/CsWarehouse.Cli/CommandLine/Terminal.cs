namespace CsWarehouse.Cli.CommandLine;

/// <summary>The process's standard streams, and whether a person is watching (progress) or a scheduler (plain lines).</summary>
public sealed record Terminal(TextWriter Out, TextWriter Error, bool Interactive)
{
    public static Terminal FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null);
}
