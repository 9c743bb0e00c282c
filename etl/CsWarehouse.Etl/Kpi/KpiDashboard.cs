namespace CsWarehouse.Etl.Kpi;

/// <summary>One of the four dashboards: the KPI codes it shows and the few that headline it.</summary>
public sealed record KpiDashboard(string Name, IReadOnlyList<string> Codes, IReadOnlyList<string> Headline)
{
    private static IReadOnlyList<string> Between(string first, string last)
    {
        var all = KpiCodes.Reported.ToList();
        return all.GetRange(all.IndexOf(first), all.IndexOf(last) - all.IndexOf(first) + 1);
    }

    public static readonly KpiDashboard Team = new("Customer Service Team",
        Between("tickets_created", "channel_share"),
        ["tickets_created", "fcr_rate", "avg_first_response_seconds", "avg_resolution_seconds", "abandon_rate", "calls_per_hour"]);

    public static readonly KpiDashboard Satisfaction = new("Customer Satisfaction",
        [.. Between("nps_responses", "ces_easy_rate"), "customer_retention_rate"],
        ["nps", "csat_rate", "ces_avg", "rating_avg"]);

    public static readonly KpiDashboard Support = new("Customer Support KPIs",
        [.. Between("revenue", "cost_per_ticket_target"), "avg_resolution_seconds", "csat_rate"],
        ["support_cost_to_revenue", "cost_per_ticket", "cost_per_ticket_target", "avg_resolution_seconds"]);

    public static readonly KpiDashboard Retention = new("Customer Retention",
        [.. Between("mrr", "loyal_rate"), "nps"],
        ["mrr", "net_new_mrr", "customer_churn_rate", "net_mrr_retention", "clv"]);

    public static readonly IReadOnlyList<KpiDashboard> All = [Team, Satisfaction, Support, Retention];
}
