using System.Text;

namespace CsWarehouse.Cli.CommandLine;

/// <summary>Writes the --help of the program and of each command.</summary>
public static class HelpText
{
    public static string ForProgram(IEnumerable<Command> commands)
    {
        var text = new StringBuilder();
        text.AppendLine("cswh — CsWarehouse: load customer-service exports into a star-schema warehouse.");
        text.AppendLine();
        text.AppendLine("Usage: cswh <command> [options]");
        text.AppendLine();
        text.AppendLine("Commands:");
        foreach (var command in commands)
            text.AppendLine($"  {command.Name,-14} {command.Summary}");
        text.AppendLine();
        text.AppendLine("Run 'cswh <command> --help' for a command's options.");
        text.AppendLine("Exit codes: 0 success, 1 run failed, 2 usage or configuration error, 3 warehouse locked by another run.");
        return text.ToString();
    }

    public static string ForCommand(Command command)
    {
        var text = new StringBuilder();
        text.AppendLine($"cswh {command.Name} — {command.Summary}");
        text.AppendLine();
        var positional = string.Concat(command.Options.Where(o => o.IsPositional).Select(o => " " + o.Name));
        text.AppendLine($"Usage: cswh {command.Name}{positional} [options]");
        text.AppendLine();
        text.AppendLine("Options:");
        foreach (var option in command.Options)
        {
            var left = option.IsFlag || option.IsPositional ? option.Name : $"{option.Name} {option.Value}";
            var defaultText = option.Default is null ? "" : $" (default: {option.Default})";
            text.AppendLine($"  {left,-26} {option.Description}{defaultText}");
            text.AppendLine($"  {"",-26} e.g. {option.Example}");
        }
        if (command.Examples.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Examples:");
            foreach (var example in command.Examples) text.AppendLine($"  {example}");
        }
        return text.ToString();
    }
}
