using static CsWarehouse.Etl.Kpi.KpiComponents;

namespace CsWarehouse.Etl.Kpi;

/// <summary>Every KPI code of docs/kpi.md as a division of summed view components, the way the Power BI measures compute it.</summary>
internal static class KpiFormulas
{
    /// <summary>Components the calculator adds to each slice: the days it spans, all channels' tickets, a topic's rank.</summary>
    public const string Days = "_days", AllChannelsTicketsCreated = "_all_channels_tickets_created", TopicRank = "_topic_rank";

    private static readonly KpiSource Created = KpiSource.TicketsCreated, Resolved = KpiSource.TicketsResolved,
        Calls = KpiSource.Calls, CallTopics = KpiSource.CallTopics, Replies = KpiSource.Replies, Surveys = KpiSource.Satisfaction,
        Retention = KpiSource.Retention, Support = KpiSource.Support;

    private static KpiFormula Count(string code, KpiSource source) => new(code, [source], c => c.Sum(code));
    private static KpiFormula Stock(string code, KpiSource source) => new(code, [source], c => c.Value(code));

    public static readonly IReadOnlyList<KpiFormula> All =
    [
        Count("tickets_created", Created),
        Count("tickets_resolved", Resolved),
        Count("resolved_contact_1", Created),
        Count("resolved_contact_2", Created),
        Count("resolved_contact_3plus", Created),
        Count("unresolved", Created),
        Count("resolved_first_contact", Resolved),
        new("fcr_rate", [Resolved], c => Ratio(c.Sum("resolved_first_contact"), c.Sum("tickets_resolved"))),
        new("avg_first_response_seconds", [Created], c => Ratio(c.Sum("first_response_seconds"), c.Sum("first_responses"))),
        new("avg_resolution_seconds", [Resolved], c => Ratio(c.Sum("resolution_seconds"), c.Sum("tickets_resolved"))),
        new("requests_per_day", [Created], c => Ratio(c.Sum("tickets_created"), c.Value(Days))),
        .. CallCodes(Calls),
        .. CallCodes(CallTopics),
        // A call with no agent counts in neither term: agent_calls_answered leaves it out, as working_seconds does.
        new("calls_per_hour", [Calls], c => Ratio(c.Sum("agent_calls_answered") * 3600, c.Sum("working_seconds"))),
        new("agent_feedback_avg", [Surveys], c => Ratio(c.Sum("feedback_score"), c.Sum("feedback_responses"))),

        Count("agent_replies", Replies),
        new("art_seconds", [Replies], c => Ratio(c.Sum("reply_seconds"), c.Sum("timed_replies"))),
        new("slowest_reply_seconds", [Replies], c => c.Value("slowest_reply_seconds")),
        new("messages_per_ticket", [Resolved], c => Ratio(c.Sum("messages"), c.Sum("tickets_with_messages"))),

        new("tickets_by_topic", [Created], c => c.Sum("tickets_created"), KpiSlice.Topic),
        new("topic_rank", [Created], c => c.Value(TopicRank), KpiSlice.Topic),
        new("channel_share", [Created], c => Ratio(c.Sum("tickets_created"), c.Value(AllChannelsTicketsCreated)), KpiSlice.Channel),

        Count("nps_responses", Surveys),
        Count("promoters", Surveys),
        Count("passives", Surveys),
        Count("detractors", Surveys),
        new("nps", [Surveys], c => Ratio(100 * (c.Sum("promoters") - c.Sum("detractors")), c.Sum("nps_responses"))),
        Count("csat_responses", Surveys),
        Count("csat_satisfied", Surveys),
        new("csat_rate", [Surveys], c => Ratio(c.Sum("csat_satisfied"), c.Sum("csat_responses"))),
        new("csat_avg", [Surveys], c => Ratio(c.Sum("csat_score"), c.Sum("csat_responses"))),
        Count("rating_responses", Surveys),
        new("rating_avg", [Surveys], c => Ratio(c.Sum("rating_score"), c.Sum("rating_responses"))),
        new("rating_satisfied_rate", [Surveys], c => Ratio(c.Sum("rating_satisfied"), c.Sum("rating_responses"))),
        new("ces_avg", [Surveys], c => Ratio(c.Sum("ces_score"), c.Sum("ces_responses"))),
        new("ces_easy_rate", [Surveys], c => Ratio(c.Sum("ces_easy"), c.Sum("ces_responses"))),

        .. KpiRetentionFormulas.All(Retention),

        Stock("revenue", Support),
        Stock("support_cost", Support),
        // Only months with cost rows count in the cost ratios: revenue and tickets of a month without costs would dilute them.
        new("support_cost_to_revenue", [Support], c => Ratio(c.Value("support_cost"), c.Value("costed_revenue"))),
        new("cost_per_ticket", [Support], c => Ratio(c.Value("support_cost"), c.Value("costed_tickets_created"))),
        // The average target of the months with cost rows: blank where there is no cost per ticket to compare it with.
        new("cost_per_ticket_target", [Support], c => Ratio(c.Value("costed_target"), c.Value("costed_months"))),
    ];

    /// <summary>The call codes from one calls view: calls_daily for months, days and agents, calls_topic_daily for topics.</summary>
    private static IEnumerable<KpiFormula> CallCodes(KpiSource calls) =>
    [
        Count("calls_offered", calls),
        Count("calls_answered", calls),
        new("abandon_rate", [calls], c => Ratio(c.Sum("calls_offered") - c.Sum("calls_answered"), c.Sum("calls_offered"))),
        new("asa_seconds", [calls], c => Ratio(c.Sum("wait_seconds"), c.Sum("calls_answered"))),
        new("aht_seconds", [calls], c => Ratio(c.Sum("handle_seconds"), c.Sum("calls_answered"))),
        new("call_resolution_rate", [calls], c => Ratio(c.Sum("calls_resolved"), c.Sum("calls_resolution_known"))),
    ];
}
