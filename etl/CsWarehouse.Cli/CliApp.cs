using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Cli.Commands;
using CsWarehouse.Etl.Configuration;

namespace CsWarehouse.Cli;

/// <summary>The <c>cswh</c> program: picks the command, parses its options, maps the result to an exit code.</summary>
public static class CliApp
{
    public static IReadOnlyList<Command> Commands { get; } =
        [new LoadCommand(), new MigrateCommand(), new RunsCommand(), new KpiCommand(), new GenerateCommand(), new DemoCommand(), new PowerBiCommand(), new ExportCommand(), new ProfileCheckCommand(), new ProfileNewCommand()];

    public static int Run(string[] args, Terminal terminal)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            terminal.Out.Write(HelpText.ForProgram(Commands));
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }
        // A command's name may be two words ("powerbi build"): the longest name that matches wins.
        var command = Commands
            .Where(c => c.Name.Split(' ').SequenceEqual(args.Take(c.Name.Split(' ').Length)))
            .MaxBy(c => c.Name.Length);
        if (command is null)
        {
            var near = Commands.Where(c => c.Name.StartsWith(args[0] + " ", StringComparison.Ordinal)).Select(c => "cswh " + c.Name).ToList();
            terminal.Error.WriteLine(near.Count > 0
                ? $"error: '{args[0]}' needs one more word: {string.Join(", ", near)} (add --help for its options)."
                : $"error: unknown command '{args[0]}'. Commands: {string.Join(", ", Commands.Select(c => c.Name))}.");
            return ExitCodes.Usage;
        }
        var rest = args.Skip(command.Name.Split(' ').Length).ToList();
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
