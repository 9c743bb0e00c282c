namespace CsWarehouse.Etl.Configuration;

/// <summary>How one load interprets its files: time zones, currency, tolerance for bad rows.</summary>
public sealed record LoadSettings
{
    public TimeZoneInfo SourceTimeZone { get; init; } = TimeZoneInfo.Utc;
    public TimeZoneInfo ReportingTimeZone { get; init; } = TimeZoneInfo.Utc;
    public string ReportingCurrency { get; init; } = "USD";
    public double MaxRejectRate { get; init; } = 0.01;

    /// <summary>The day from which a changed agent team counts; null means today in the reporting time zone.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Replay rows older than what the warehouse holds (normally skipped with a warning).</summary>
    public bool AllowOlder { get; init; }

    public static TimeZoneInfo FindTimeZone(string ianaName, string option)
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(ianaName); }
        catch (TimeZoneNotFoundException)
        {
            throw new ConfigurationException(
                $"{option}: '{ianaName}' is not a known IANA time zone (for example UTC, Asia/Ho_Chi_Minh, Europe/Paris).");
        }
    }

    public DateOnly EffectiveAsOf(DateTime utcNow) =>
        AsOf ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utcNow, ReportingTimeZone));
}
