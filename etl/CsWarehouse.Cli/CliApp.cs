using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Cli.Commands;
using CsWarehouse.Etl.Configuration;

namespace CsWarehouse.Cli;

/// <summary>The <c>cswh</c> program: picks the command, parses its options, maps the result to an exit code.</summary>
public static class CliApp
{
    public static IReadOnlyList<Command> Commands { get; } =
        [new LoadCommand(), new MigrateCommand(), new RunsCommand(), new KpiCommand(), new GenerateCommand(), new DemoCommand()];

    public static int Run(string[] args, Terminal terminal)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            terminal.Out.Write(HelpText.ForProgram(Commands));
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            terminal.Error.WriteLine($"error: unknown command '{args[0]}'. Commands: {string.Join(", ", Commands.Select(c => c.Name))}.");
            return ExitCodes.Usage;
        }
        var rest = args.Skip(1).ToList();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            terminal.Out.Write(HelpText.ForCommand(command));
            return ExitCodes.Success;
        }
        return ErrorHandling.Run(terminal, RedactorFor(rest), () => command.Run(CommandLineParser.Parse(command, rest), terminal));
    }

    /// <summary>Hides the secrets of every connection string the command line or CSWH_DB could name.</summary>
    private static Redactor RedactorFor(IReadOnlyList<string> args)
    {
        var candidates = args.Append(Environment.GetEnvironmentVariable(WarehouseTarget.EnvironmentVariable) ?? "")
            .Select(a => a.StartsWith("--db=", StringComparison.Ordinal) ? a[5..] : a);
        var secrets = new List<string>();
        foreach (var candidate in candidates)
        {
            try { secrets.AddRange(WarehouseTarget.Parse(candidate).Secrets()); }
            catch (ConfigurationException) { }
        }
        return new Redactor(secrets);
    }
}
