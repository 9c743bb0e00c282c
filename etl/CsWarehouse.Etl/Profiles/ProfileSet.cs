using System.Text.RegularExpressions;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Profiles;

/// <summary>
/// The profiles a run knows: the built-in ones, then user profiles (<c>*.profile.json</c> in the source folder or a
/// profiles folder); a user profile with a built-in's name replaces it. User profiles are read and checked up front;
/// the built-ins (checked by the tests) are read the first time a file is not recognised as canonical, so a folder of
/// canonical exports does not pay for them.
/// </summary>
public sealed class ProfileSet
{
    public const string FileSuffix = ".profile.json";

    /// <summary>Rows looked at to find a header on a later row.</summary>
    private const int SampleRows = 20;

    private readonly Lazy<IReadOnlyList<Profile>> _profiles;

    private ProfileSet(Func<IReadOnlyList<Profile>> profiles) => _profiles = new(profiles);

    public IReadOnlyList<Profile> Profiles => _profiles.Value;

    public static ProfileSet BuiltIn { get; } =
        new(() => ProfileResources.BuiltIns().Select(p => ProfileReader.Read(p.Json, BuiltInOrigin + p.Name, checkSchema: false)).ToList());

    private const string BuiltInOrigin = "built-in ";

    /// <summary>The built-ins plus the user profiles found in <paramref name="folders"/> (missing folders are skipped).</summary>
    public static ProfileSet Load(params string?[] folders)
    {
        var users = new Dictionary<string, Profile>(StringComparer.Ordinal);
        foreach (var folder in folders.Where(f => f is not null && Directory.Exists(f)).Distinct())
            foreach (var path in Directory.EnumerateFiles(folder!, "*" + FileSuffix).Order(StringComparer.Ordinal))
            {
                var profile = ProfileReader.ReadFile(path);
                if (!users.TryAdd(profile.Name, profile))
                    throw new ProfileException(Path.GetFileName(path), "name", $"'{profile.Name}' is also the name of {users[profile.Name].Origin}");
            }
        return new ProfileSet(() => BuiltIn.Profiles.Where(p => !users.ContainsKey(p.Name)).Concat(users.Values)
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToList());
    }

    public static bool IsProfileFile(string path) => Path.GetFileName(path).EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);

    public static bool IsBuiltIn(Profile profile) => profile.Origin.StartsWith(BuiltInOrigin, StringComparison.Ordinal);

    /// <summary>The one profile whose recognition rules the file meets; null when none does, an error when several do.</summary>
    public Profile? Recognise(string path)
    {
        var candidates = Candidates(path).ToList();
        // A profile asking for more headers is more specific than one asking for a subset of them.
        var specific = candidates.Where(c => !candidates.Any(o => o != c && IsStrictSubset(c, o))).ToList();
        if (specific.Count > 1)
            throw new FileLevelException(Path.GetFileName(path),
                $"matches several profiles ({string.Join(", ", specific.Select(p => $"{p.Name} from {p.Origin}"))}); give one of them more required headers or remove one.");
        return specific.SingleOrDefault();
    }

    /// <summary>Why no profile matches: the profiles whose headers are closest, with what each misses.</summary>
    public IReadOnlyList<(Profile Profile, IReadOnlyList<string> Missing)> Closest(string path, int count = 3)
    {
        var rows = SafeRows(path, null);
        return Profiles.Where(p => p.Match.Headers.Count > 0 && FormatFits(p, path))
            .Select(p => (Profile: p, Missing: (IReadOnlyList<string>)Missing(p, rows.ElementAtOrDefault(p.Match.HeaderRow - 1) ?? [])))
            .OrderBy(x => (double)x.Missing.Count / x.Profile.Match.Headers.Count).ThenBy(x => x.Profile.Name, StringComparer.Ordinal)
            .Take(count).ToList();
    }

    private IEnumerable<Profile> Candidates(string path)
    {
        var name = Path.GetFileName(path);
        var rowsByPath = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>();
        foreach (var profile in Profiles.Where(p => FormatFits(p, path)))
        {
            if (profile.Match.IsHeaderless)
            {
                if (profile.Match.FileName is { } pattern && Glob(pattern).IsMatch(name)) yield return profile;
                continue;
            }
            var key = profile.Match.Rows ?? "";
            if (!rowsByPath.TryGetValue(key, out var rows)) rowsByPath[key] = rows = SafeRows(path, profile.Match.Rows);
            var header = rows.ElementAtOrDefault(profile.Match.HeaderRow - 1);
            if (header is not null && Missing(profile, header).Count == 0) yield return profile;
        }
    }

    private static IReadOnlyList<IReadOnlyList<string>> SafeRows(string path, string? jsonRows)
    {
        try { return VendorFileOpener.FirstRows(path, SampleRows, jsonRows); }
        catch (FileLevelException) { return []; }
    }

    private static List<string> Missing(Profile profile, IReadOnlyList<string> header)
    {
        var present = header.Select(HeaderName.Normalize).ToHashSet();
        return profile.Match.Headers.Where(h => !present.Contains(HeaderName.Normalize(h))).ToList();
    }

    private static bool IsStrictSubset(Profile a, Profile b)
    {
        var mine = a.Match.Headers.Select(HeaderName.Normalize).ToHashSet();
        var theirs = b.Match.Headers.Select(HeaderName.Normalize).ToHashSet();
        return mine.Count < theirs.Count && mine.IsSubsetOf(theirs);
    }

    private static bool FormatFits(Profile profile, string path) => profile.Match.Format switch
    {
        "json" => VendorFileOpener.IsJson(path),
        "xlsx" => VendorFileOpener.IsSpreadsheet(path),
        "csv" => !VendorFileOpener.IsJson(path) && !VendorFileOpener.IsSpreadsheet(path),
        _ => !VendorFileOpener.IsJson(path),
    };

    private static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
