using CsWarehouse.Etl.Configuration;

namespace CsWarehouse.Cli.CommandLine;

/// <summary>Reads <c>--name value</c> and <c>--flag</c> arguments against a command's option list.</summary>
public static class CommandLineParser
{
    public static ParsedOptions Parse(Command command, IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal)
                && command.Options.FirstOrDefault(o => o.IsPositional && !values.ContainsKey(o.Name)) is { } positional)
            {
                values[positional.Name] = arg;
                continue;
            }
            string? inline = null;
            var equals = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
                (arg, inline) = (arg[..equals], arg[(equals + 1)..]);
            var spec = command.Options.FirstOrDefault(o => o.Name == arg)
                ?? throw new ConfigurationException(
                    $"'{args[i]}' is not an option of 'cswh {command.Name}'. Run 'cswh {command.Name} --help' to see them.");
            if (spec.IsFlag)
            {
                if (inline is not null) throw new ConfigurationException($"{spec.Name} is a flag and takes no value.");
                values[spec.Name] = null;
                continue;
            }
            var value = inline ?? (i + 1 < args.Count ? args[++i] : null);
            if (value is null || (inline is null && value.StartsWith("--", StringComparison.Ordinal)))
                throw new ConfigurationException($"{spec.Name} needs a value, e.g. {spec.Example}");
            values[spec.Name] = value;
        }
        return new ParsedOptions(values);
    }
}
