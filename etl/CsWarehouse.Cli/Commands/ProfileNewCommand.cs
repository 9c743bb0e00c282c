using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Profiles;

namespace CsWarehouse.Cli.Commands;

/// <summary><c>cswh profile new</c>: a starting profile for a vendor file, its header matched to one entity's columns.</summary>
public sealed class ProfileNewCommand : Command
{
    public static readonly OptionSpec Entity = new("--entity", "ENTITY",
        "The canonical export the file feeds (calls, tickets, surveys, agents, ...).", "--entity calls");
    public static readonly OptionSpec Out = new("--out", "FILE",
        "Where to write the profile; without it the profile is printed.", "--out config/profiles/pbx-calls.profile.json");

    public override string Name => "profile new";
    public override string Summary => "Write a starting mapping profile for a vendor file, matched from its header.";
    public override IReadOnlyList<OptionSpec> Options => [ProfileCheckCommand.File, Entity, Out, CommonOptions.Help];

    public override IReadOnlyList<string> Examples =>
    [
        "cswh profile new exports/pbx-calls.csv --entity calls",
        "cswh profile new exports/pbx-calls.csv --entity calls --out exports/pbx-calls.profile.json",
    ];

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var path = options.Require(ProfileCheckCommand.File.Name);
        if (!File.Exists(path)) throw new ConfigurationException($"{path}: no such file.");
        var text = ProfileStarter.Create(path, options.Require(Entity.Name));
        if (options.Get(Out.Name) is { } output)
        {
            if (File.Exists(output)) throw new ConfigurationException($"{output} already exists; choose another --out or remove it.");
            File.WriteAllText(output, text);
            terminal.Error.WriteLine($"wrote {output}: review it (columns marked \"{ProfileStarter.Placeholder}\" need a vendor column), then check it with 'cswh profile check'.");
        }
        else terminal.Out.Write(text);
        return ExitCodes.Success;
    }
}
