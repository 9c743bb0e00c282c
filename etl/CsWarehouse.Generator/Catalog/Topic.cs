namespace CsWarehouse.Generator.Catalog;

/// <summary>A request driver: how often it comes, how hard it is, and which team takes it.</summary>
internal sealed record Topic(string Label, double Weight, double Difficulty, Team Team, bool Escalates);

/// <summary>The twelve topics; the first four drive well over half the volume.</summary>
internal static class Topics
{
    public static readonly Topic[] All =
    [
        new("Login & password", 18, 0.2, Team.Tier1, false),
        new("Invoices, receipts", 16, 0.3, Team.Billing, false),
        new("How-to question", 14, 0.1, Team.Tier1, false),
        new("Payment failed", 12, 0.6, Team.Billing, false),
        new("Bug report", 9, 1.2, Team.Tier1, true),
        new("Account changes", 7, 0.3, Team.Tier1, false),
        new("Data import", 6, 0.9, Team.Tier1, true),
        new("API & integrations", 5, 1.4, Team.Tier1, true),
        new("Refund request", 4, 0.8, Team.Billing, false),
        new("Slow performance", 4, 1.0, Team.Tier1, true),
        new("Feature request", 3, 0.5, Team.Tier1, false),
        new("Cancellation request", 2, 0.7, Team.Billing, false),
    ];

    public static readonly double[] Cumulative = Randomness.Weights.Cumulative(All.Select(t => t.Weight).ToArray());

    /// <summary>Topics an outage makes people write about.</summary>
    public static readonly int[] IncidentTopics = [0, 9, 3];
}
