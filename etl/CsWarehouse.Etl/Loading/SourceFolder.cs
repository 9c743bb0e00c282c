using CsWarehouse.Etl.Contracts;
using CsWarehouse.Etl.Profiles;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Loading;

public static class SourceFolder
{
    private static readonly string[] DataExtensions = [".csv", ".tsv", ".txt", ".xlsx", ".json"];

    /// <summary>
    /// Finds and checks the files; throws <see cref="FileLevelException"/> for any file that cannot load. A file named
    /// after a canonical export whose header fits it is canonical; any other file is recognised by a profile's rules,
    /// whatever its name, and yields one source per entity the profile feeds.
    /// </summary>
    public static IReadOnlyList<SourceFile> Discover(string folder, Action<LoadWarning> warn, ProfileSet? profiles = null)
    {
        if (!Directory.Exists(folder))
            throw new FileLevelException(folder, "the source folder does not exist.");
        profiles ??= ProfileSet.Load(folder);
        var found = new List<SourceFile>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder).OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || ProfileSet.IsProfileFile(name)) continue;
            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (!DataExtensions.Contains(extension))
            {
                warn(new LoadWarning(name, null, "not an export file; ignored"));
                continue;
            }
            var file = InputPin.RequireRegularFile(path, name);
            // A symbolic link beside the file it points to would load that file twice (a dated snapshot and its "latest" link).
            if (!names.TryAdd(file.FullName, name))
                throw new FileLevelException(name, $"is the same file as {names[file.FullName]} (through a symbolic link): it would load twice. Keep one of the two names.");
            found.AddRange(Recognise(path, profiles, warn));
        }
        if (found.Count == 0)
            throw new FileLevelException(folder, "no export files found (expected files such as tickets.csv, calls.csv).");
        var order = CanonicalExports.All.ToList();
        // Snapshots of several days load oldest first; an undated one is as of the run's day, normally the latest.
        return found.OrderBy(f => order.IndexOf(f.Export)).ThenBy(f => f.AsOf ?? DateOnly.MaxValue).ToList();
    }

    private static IEnumerable<SourceFile> Recognise(string path, ProfileSet profiles, Action<LoadWarning> warn)
    {
        var name = Path.GetFileName(path);
        var asOf = DatedFileName.DayIn(name);
        var canonical = CanonicalFor(name);
        if (canonical is not null)
        {
            try
            {
                var header = SourceFile.InspectCanonical(canonical, path);
                foreach (var column in header.IgnoredColumns)
                    warn(new LoadWarning(SourceFile.CanonicalLabel(canonical, path), null, $"column '{column}' is not part of the data contract; ignored"));
                return [new SourceFile(canonical, path, header) { AsOf = asOf }];
            }
            catch (FileLevelException) when (profiles.Recognise(path) is not null) { }
        }
        var profile = profiles.Recognise(path);
        if (profile is null)
        {
            if (canonical is not null) SourceFile.InspectCanonical(canonical, path); // throws the canonical file's own error
            var closest = profiles.Closest(path, 2)
                .Select(c => $"{c.Profile.Name} (missing {string.Join(", ", c.Missing.Take(5))}{(c.Missing.Count > 5 ? ", ..." : "")})");
            throw new FileLevelException(name,
                $"unknown export file name, and no profile recognises its header. Canonical files: {string.Join(", ", CanonicalExports.All.Select(e => e.FileName))}. " +
                $"Closest profiles: {string.Join("; ", closest)}. See 'cswh profile check' to write a profile for it.");
        }
        return profile.Targets.Select(target => new SourceFile(target.Export, path,
            FileHeader.Match(target.Export, target.Columns.Select(c => c.Field.Name).ToList(), name))
        {
            Profile = profile,
            Target = target,
            AsOf = asOf,
        });
    }

    /// <summary>The canonical export a file is named after: <c>tickets.csv</c>, or <c>tickets.xlsx</c> for a workbook.</summary>
    private static Export? CanonicalFor(string name) =>
        DatedFileName.TryParse(name, out var snapshots, out _) ? snapshots
        : VendorFileOpener.IsSpreadsheet(name) ? CanonicalExports.ForFile(Path.GetFileNameWithoutExtension(name) + ".csv")
        : CanonicalExports.ForFile(name);
}
