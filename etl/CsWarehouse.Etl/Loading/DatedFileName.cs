using System.Globalization;
using System.Text.RegularExpressions;
using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Loading;

/// <summary>
/// A file whose name carries the day it was taken (<c>subscriptions_2026-01-31.csv</c>, <c>stripe-2026-02-28.csv</c>):
/// kept downloads load in one run, each snapshot as of the date in its name. A dated subscriptions file is a snapshot,
/// since a file of periods covers all time and has no day of its own.
/// </summary>
public static partial class DatedFileName
{
    private static readonly string[] SnapshotStems = ["subscription_snapshots", "subscriptions"];

    /// <summary>The date at the end of a file name (before the extension), or null.</summary>
    public static DateOnly? DayIn(string fileName)
    {
        var match = Dated().Match(fileName);
        return match.Success && DateOnly.TryParseExact(match.Groups["day"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var day) ? day : null;
    }

    /// <summary>The snapshot export of a dated canonical snapshot file name, or false for any other name.</summary>
    public static bool TryParse(string fileName, out Export export, out DateOnly day)
    {
        export = null!;
        day = default;
        var match = Dated().Match(fileName);
        if (!match.Success || !SnapshotStems.Contains(match.Groups["stem"].Value.ToLowerInvariant())
            || !match.Groups["extension"].Value.Equals(".csv", StringComparison.OrdinalIgnoreCase)
            || DayIn(fileName) is not { } dated) return false;
        day = dated;
        export = CanonicalExports.All.OfType<SubscriptionSnapshotsExport>().Single();
        return true;
    }

    [GeneratedRegex(@"^(?<stem>.+?)[_\-. ](?<day>\d{4}-\d{2}-\d{2})(?<extension>\.[A-Za-z]+)$")]
    private static partial Regex Dated();
}
