namespace CsWarehouse.Etl.Contracts;

/// <summary>
/// The status of a subscription in a snapshot, under the names billing tools give it, and what it means for MRR:
/// whether the subscription bears MRR, and whether it has ended.
/// </summary>
public static class SnapshotStatus
{
    /// <summary>Statuses whose subscription counts its MRR (a past-due one still does until the vendor ends it).</summary>
    private static readonly string[] Bearing = ["active", "trialing", "past_due", "unpaid", "non_renewing"];

    /// <summary>Statuses of a subscription that is over.</summary>
    private static readonly string[] Ended = ["canceled", "incomplete_expired"];

    /// <summary>Statuses of a subscription that exists but bears no MRR now.</summary>
    private static readonly string[] Dormant = ["paused", "incomplete", "future"];

    public static IReadOnlyList<string> All { get; } = [.. Bearing, .. Ended, .. Dormant];

    // Chargebee writes display labels ("Cancelled", "In Trial", "Non Renewing"); they name the same states.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["cancelled"] = "canceled",
        ["in_trial"] = "trialing",
        ["trial"] = "trialing",
        ["nonrenewing"] = "non_renewing",
    };

    /// <summary>The canonical status of a lower-cased label, or null when it is not one.</summary>
    public static string? Normalize(string label)
    {
        var code = label.Trim().Replace(' ', '_').Replace('-', '_');
        code = Aliases.GetValueOrDefault(code, code);
        return All.Contains(code) ? code : null;
    }

    /// <summary>Whether the subscription bears MRR in this status (a cancelled one did until it ended).</summary>
    public static bool BearsMrr(string status) => Bearing.Contains(status) || status == "canceled";

    public static bool IsEnded(string status) => Ended.Contains(status);
}
