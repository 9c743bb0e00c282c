using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Contracts;
using CsWarehouse.Etl.Profiles;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Cli.Commands;

/// <summary><c>cswh profile check</c>: which profile recognises a file (or why none does), and its first mapped rows.</summary>
public sealed class ProfileCheckCommand : Command
{
    public static readonly OptionSpec File = new("FILE", "FILE",
        "The vendor file to check (.csv, .xlsx or .json).", "exports/tickets_2026-03.csv");
    public static readonly OptionSpec Profiles = new("--profiles", "DIR",
        "Folder of user profiles (*.profile.json); the file's own folder is always searched too.", "--profiles config/profiles");
    public static readonly OptionSpec Rows = new("--rows", "N",
        "How many mapped rows to preview per entity.", "--rows 10", "5");

    public override string Name => "profile check";
    public override string Summary => "Say which profile recognises a vendor file, or why none does, and preview its mapped rows.";
    public override IReadOnlyList<OptionSpec> Options => [File, Profiles, LoadCommand.SourceTz, Rows, CommonOptions.Help];

    public override IReadOnlyList<string> Examples =>
    [
        "cswh profile check exports/tickets_2026-03.csv",
        "cswh profile check \"Call Log.csv\" --source-tz America/New_York --rows 3",
    ];

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var path = options.Require(File.Name);
        if (!System.IO.File.Exists(path)) throw new ConfigurationException($"{path}: no such file.");
        var name = Path.GetFileName(path);
        var set = ProfileSet.Load(Path.GetDirectoryName(Path.GetFullPath(path)), options.Get(Profiles.Name));
        var output = terminal.Out;
        if (CanonicalExports.ForFile(name) is { } canonical && Fits(canonical, path))
        {
            output.WriteLine($"{name}: a canonical {canonical.Entity} file; no profile needed.");
            return ExitCodes.Success;
        }
        var profile = set.Recognise(path);
        if (profile is null)
        {
            output.WriteLine($"{name}: no profile recognises this file.");
            foreach (var (closest, missing) in set.Closest(path))
                output.WriteLine($"  closest: {closest.Name} ({closest.Origin}) misses {string.Join(", ", missing)}");
            output.WriteLine($"  Start one with: cswh profile new \"{path}\" --entity calls   (or tickets, surveys, ...)");
            return ExitCodes.RunFailed;
        }
        output.WriteLine($"{name}: recognised by profile {profile.Name} ({profile.Origin})");
        if (profile.Title is not null) output.WriteLine($"  {profile.Title}");
        var zone = options.Get(LoadCommand.SourceTz.Name) is { } tz ? LoadSettings.FindTimeZone(tz, LoadCommand.SourceTz.Name)
            : profile.TimeZone ?? TimeZoneInfo.Utc;
        output.WriteLine($"  naive timestamps read in {zone.Id}");
        foreach (var table in ProfilePreview.Of(profile, path, zone, options.GetInt(Rows.Name, 5)))
        {
            output.WriteLine();
            output.WriteLine($"{table.Entity}: {string.Join(" | ", table.Columns)}");
            foreach (var row in table.Rows)
            {
                output.WriteLine($"  line {row.LineNumber}: {string.Join(" | ", row.Values.Select(v => v ?? "∅"))}");
                foreach (var problem in row.Problems)
                    output.WriteLine($"    would be rejected: {problem.Column} = '{problem.Value}': {problem.Reason}");
            }
        }
        return ExitCodes.Success;
    }

    private static bool Fits(Export export, string path)
    {
        try { FileHeader.Inspect(export, path); return true; }
        catch (FileLevelException) { return false; }
    }
}
