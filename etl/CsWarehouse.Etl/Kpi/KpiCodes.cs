namespace CsWarehouse.Etl.Kpi;

/// <summary>Every KPI code of the KPI dictionary, verbatim: the vocabulary of views, measures, CLI and tests.</summary>
public static class KpiCodes
{
    public static readonly IReadOnlyList<string> All =
    [
        // Customer Service Team
        "tickets_created", "tickets_resolved", "resolved_contact_1", "resolved_contact_2", "resolved_contact_3plus",
        "unresolved", "resolved_first_contact", "fcr_rate", "avg_first_response_seconds", "avg_resolution_seconds",
        "requests_per_day", "calls_offered", "calls_answered", "abandon_rate", "asa_seconds", "aht_seconds",
        "call_resolution_rate", "calls_per_hour", "agent_feedback_avg",
        // Reply-level
        "agent_replies", "art_seconds", "slowest_reply_seconds", "messages_per_ticket",
        // Drivers and channels
        "tickets_by_topic", "topic_rank", "channel_share",
        // Customer Satisfaction
        "nps_responses", "promoters", "passives", "detractors", "nps", "csat_responses", "csat_satisfied",
        "csat_rate", "csat_avg", "rating_avg", "rating_satisfied_rate", "ces_avg", "ces_easy_rate",
        // Customer Retention
        "mrr", "mrr_start", "new_mrr", "reactivation_mrr", "expansion_mrr", "contraction_mrr", "churned_mrr",
        "net_new_mrr", "mrr_growth_rate", "customers_end", "customers_start", "new_customers",
        "reactivated_customers", "churned_customers", "downgraded_customers", "customer_churn_rate",
        "churn_and_downgrade_rate", "revenue_churn_rate", "net_mrr_retention", "customer_retention_rate",
        "arpa", "clv", "premium_rate", "loyal_rate",
        // Customer Support KPIs
        "revenue", "support_cost", "support_cost_to_revenue", "cost_per_ticket", "cost_per_ticket_target",
    ];

    /// <summary>
    /// The columns of a report: every code, plus counts that tell how much a code rests on, placed beside it
    /// (rating_responses before rating_avg, as csat_responses comes before csat_avg).
    /// </summary>
    public static readonly IReadOnlyList<string> Reported =
        [.. All.SelectMany(code => code == "rating_avg" ? new[] { "rating_responses", code } : [code])];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string code) => Known.Contains(code);
}
