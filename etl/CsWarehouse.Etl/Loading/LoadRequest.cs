using CsWarehouse.Etl.Configuration;

namespace CsWarehouse.Etl.Loading;

/// <summary>One load: which folder, with which settings.</summary>
public sealed record LoadRequest(string SourceFolder, LoadSettings Settings)
{
    /// <summary>A folder of user profiles (<c>*.profile.json</c>) besides those in the source folder.</summary>
    public string? ProfilesFolder { get; init; }

    /// <summary>The source time zone was given on the command line: it then wins over a profile's own zone.</summary>
    public bool SourceTimeZoneGiven { get; init; }
}
