using System.Globalization;
using System.Text.RegularExpressions;
using CsWarehouse.Etl.Exports;

namespace CsWarehouse.Etl.Loading;

/// <summary>
/// A snapshot file whose name carries the day it was taken (<c>subscriptions_2026-01-31.csv</c>,
/// <c>subscription_snapshots-2026-02-28.csv</c>): kept downloads load in one run, each as of the date in its name.
/// A dated subscriptions file is a snapshot, since a file of periods covers all time and has no day of its own.
/// </summary>
public static partial class DatedFileName
{
    private static readonly string[] SnapshotStems = ["subscription_snapshots", "subscriptions"];

    /// <summary>The snapshot export and the day of a dated snapshot file name, or false for any other name.</summary>
    public static bool TryParse(string fileName, out Export export, out DateOnly day)
    {
        export = null!;
        day = default;
        var match = Dated().Match(fileName);
        if (!match.Success || !SnapshotStems.Contains(match.Groups["stem"].Value.ToLowerInvariant())) return false;
        if (!DateOnly.TryParseExact(match.Groups["day"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            return false;
        export = CanonicalExports.All.OfType<SubscriptionSnapshotsExport>().Single();
        return true;
    }

    [GeneratedRegex(@"^(?<stem>[A-Za-z_]+?)[_\-. ](?<day>\d{4}-\d{2}-\d{2})\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex Dated();
}
