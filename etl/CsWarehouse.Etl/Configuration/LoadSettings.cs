using System.Text;

namespace CsWarehouse.Etl.Configuration;

/// <summary>How one load interprets its files: time zones, currency, encoding, tolerance for bad rows and clock skew.</summary>
public sealed record LoadSettings
{
    public TimeZoneInfo SourceTimeZone { get; init; } = TimeZoneInfo.Utc;
    public TimeZoneInfo ReportingTimeZone { get; init; } = TimeZoneInfo.Utc;
    public string ReportingCurrency { get; init; } = "USD";
    public double MaxRejectRate { get; init; } = 0.01;

    /// <summary>The day from which a changed agent team counts; null means today in the reporting time zone.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// The encoding of files without a byte order mark; null means UTF-8. A file with a byte order mark is read in the
    /// encoding it names. Bytes the encoding cannot decode fail the file.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// How far an end or response time may fall before its start and still load, clamped to the start with a warning:
    /// the clocks of two systems (a switch and a CRM) drift by a few seconds. Further apart is a rejected row.
    /// </summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The years a date or timestamp may fall in; outside is a rejected row.</summary>
    public YearWindow Years { get; init; } = YearWindow.Default;

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
