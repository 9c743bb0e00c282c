namespace CsWarehouse.Etl.Kpi;

/// <summary>
/// One kpi view the calculator reads: the components it sums (or takes the maximum of) over a slice, and the
/// slices it can be cut by. Daily views carry date_key and the keys they are sliced by; monthly views month_key.
/// </summary>
internal sealed record KpiSource(
    string View,
    bool Daily,
    IReadOnlyList<string> Sums,
    IReadOnlyList<KpiSlice> Slices,
    IReadOnlyList<string>? Maxima = null,
    string? MissingReason = null,
    IReadOnlyList<string>? Firsts = null,
    IReadOnlyList<string>? Lasts = null,
    IReadOnlyList<KpiPart>? Parts = null)
{
    public IReadOnlyList<string> Components => [.. Sums, .. Maxima ?? [], .. (Parts ?? []).Select(p => p.Name)];

    private static readonly KpiSlice[] Every = Enum.GetValues<KpiSlice>();

    public static readonly KpiSource TicketsCreated = new("tickets_created_daily", true,
        ["tickets_created", "resolved_contact_1", "resolved_contact_2", "resolved_contact_3plus", "unresolved",
         "first_responses", "first_response_seconds"],
        Every);

    public static readonly KpiSource TicketsResolved = new("tickets_resolved_daily", true,
        ["tickets_resolved", "resolved_first_contact", "resolution_seconds", "messages", "tickets_with_messages"],
        Every);

    public static readonly KpiSource Calls = new("calls_daily", true,
        ["calls_offered", "calls_answered", "wait_seconds", "handle_seconds", "calls_resolution_known", "calls_resolved",
         "working_seconds", "agent_calls_answered"],
        [KpiSlice.Month, KpiSlice.Day, KpiSlice.Agent, KpiSlice.Total]);

    /// <summary>The same inbound calls per topic (calls carry topics too); no working time, which is an agent's, not a topic's.</summary>
    public static readonly KpiSource CallTopics = new("calls_topic_daily", true,
        ["calls_offered", "calls_answered", "wait_seconds", "handle_seconds", "calls_resolution_known", "calls_resolved"],
        [KpiSlice.Topic]);

    public static readonly KpiSource Replies = new("replies_daily", true,
        ["agent_replies", "timed_replies", "reply_seconds"],
        [KpiSlice.Month, KpiSlice.Day, KpiSlice.Agent, KpiSlice.Total], Maxima: ["slowest_reply_seconds"]);

    public static readonly KpiSource Satisfaction = new("satisfaction_daily", true,
        ["nps_responses", "promoters", "passives", "detractors", "csat_responses", "csat_satisfied", "csat_score",
         "rating_responses", "rating_satisfied", "rating_score", "ces_responses", "ces_easy", "ces_score",
         "feedback_responses", "feedback_score"],
        [KpiSlice.Month, KpiSlice.Day, KpiSlice.Agent, KpiSlice.Channel, KpiSlice.Total]);

    /// <summary>
    /// Stocks and flows per month. Over several months the flows add up, while a stock is its value at the last
    /// month (<see cref="Lasts"/>) or, for the start of the period, at the first (<see cref="Firsts"/>).
    /// </summary>
    public static readonly KpiSource Retention = new("retention_monthly", false,
        ["mrr", "mrr_start", "new_mrr", "reactivation_mrr", "expansion_mrr", "contraction_mrr", "churned_mrr",
         "net_new_mrr", "customers_end", "customers_start", "new_customers", "reactivated_customers",
         "churned_customers", "downgraded_customers", "premium_customers", "loyal_customers"],
        [KpiSlice.Month, KpiSlice.Total], MissingReason: "no subscriptions in this warehouse's schema yet (0450_retention_monthly.sql)",
        Firsts: ["mrr_start", "customers_start"], Lasts: ["mrr", "customers_end", "premium_customers", "loyal_customers"],
        Parts: [new("customers_start_summed", "customers_start")]);

    /// <summary>Revenue, cost and tickets per month; the cost ratios and the target count only the months with cost rows.</summary>
    public static readonly KpiSource Support = new("support_monthly", false,
        ["revenue", "support_cost"],
        [KpiSlice.Month, KpiSlice.Total], MissingReason: "no support costs in this warehouse's schema yet (0460_support_monthly.sql)",
        Parts:
        [
            new("costed_revenue", "revenue", "support_cost"), new("costed_tickets_created", "tickets_created", "support_cost"),
            new("costed_target", "cost_per_ticket_target", "support_cost"), new("costed_months", null, "support_cost"),
        ]);

    public static readonly IReadOnlyList<KpiSource> All =
        [TicketsCreated, TicketsResolved, Calls, CallTopics, Replies, Satisfaction, Retention, Support];
}
