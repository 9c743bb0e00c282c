namespace CsWarehouse.Etl.Kpi;

/// <summary>What a KPI value measures, for people-facing formatting (data stays plain numbers, rates as 0–1).</summary>
public enum KpiUnit
{
    Count,
    Rate,
    Seconds,
    Money,
    Number,
}

/// <summary>The unit of every KPI code.</summary>
public static class KpiUnits
{
    private static readonly HashSet<string> Rates =
    [
        "fcr_rate", "abandon_rate", "call_resolution_rate", "channel_share", "csat_rate", "rating_satisfied_rate",
        "ces_easy_rate", "mrr_growth_rate", "customer_churn_rate", "churn_and_downgrade_rate", "revenue_churn_rate",
        "net_mrr_retention", "customer_retention_rate", "premium_rate", "loyal_rate", "support_cost_to_revenue",
    ];

    private static readonly HashSet<string> Money =
    [
        "mrr", "mrr_start", "new_mrr", "reactivation_mrr", "expansion_mrr", "contraction_mrr", "churned_mrr", "net_new_mrr",
        "arpa", "clv", "revenue", "support_cost", "cost_per_ticket", "cost_per_ticket_target",
    ];

    private static readonly HashSet<string> Numbers =
    [
        "requests_per_day", "calls_per_hour", "agent_feedback_avg", "messages_per_ticket", "nps", "csat_avg", "rating_avg", "ces_avg",
    ];

    public static KpiUnit Of(string code) =>
        Rates.Contains(code) ? KpiUnit.Rate
        : Money.Contains(code) ? KpiUnit.Money
        : Numbers.Contains(code) ? KpiUnit.Number
        : code.EndsWith("_seconds", StringComparison.Ordinal) ? KpiUnit.Seconds
        : KpiUnit.Count;
}
