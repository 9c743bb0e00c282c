using static CsWarehouse.Tests.Kpi.KpiDataset;

namespace CsWarehouse.Tests.Kpi;

/// <summary>
/// Every KPI code recomputed straight from the raw rows of <see cref="KpiDataset"/> with LINQ, following docs/kpi.md's
/// definitions — independently of the views and the calculator under test.
/// </summary>
internal static class KpiExpected
{
    public static decimal? Value(string code, KpiScope s) => code switch
    {
        "tickets_created" or "tickets_by_topic" => Created(s).Count(),
        "tickets_resolved" => Resolved(s).Count(),
        "resolved_contact_1" => Created(s).Count(t => t.ResolvedAt is not null && (t.Contacts ?? 1) == 1),
        "resolved_contact_2" => Created(s).Count(t => t.ResolvedAt is not null && t.Contacts == 2),
        "resolved_contact_3plus" => Created(s).Count(t => t.ResolvedAt is not null && t.Contacts >= 3),
        "unresolved" => Created(s).Count(t => t.ResolvedAt is null),
        "resolved_first_contact" => Resolved(s).Count(FirstContact),
        "fcr_rate" => Ratio(Resolved(s).Count(FirstContact), Resolved(s).Count()),
        "avg_first_response_seconds" => Average(Created(s).Where(t => t.FirstResponseAt is not null).Select(t => Seconds(t.CreatedAt, t.FirstResponseAt))),
        "avg_resolution_seconds" => Average(Resolved(s).Select(t => Seconds(t.CreatedAt, t.ResolvedAt))),
        "requests_per_day" => Ratio(Created(s).Count(), s.Days),
        "calls_offered" => Inbound(s).Count(),
        "calls_answered" => Answered(s).Count(),
        "abandon_rate" => Ratio(Inbound(s).Count(c => c.AnsweredAt is null), Inbound(s).Count()),
        "asa_seconds" => Average(Answered(s).Select(c => Seconds(c.StartedAt, c.AnsweredAt))),
        "aht_seconds" => Average(Answered(s).Select(c => (decimal)(c.Talk ?? 0) + (c.Hold ?? 0) + (c.AfterCallWork ?? 0))),
        "call_resolution_rate" => Ratio(Answered(s).Count(c => c.Resolved == true), Answered(s).Count(c => c.Resolved is not null)),
        "calls_per_hour" => Ratio(Answered(s).Count(c => c.Agent is not null) * 3600m, WorkingSeconds(s)),
        "agent_feedback_avg" => Average(Responses(s, "csat", "rating").Where(r => r.Agent is not null).Select(r => r.Score)),
        "agent_replies" => AgentMessages(s).Count(),
        "art_seconds" => Average(AgentMessages(s).Select(ReplySeconds).OfType<decimal>()),
        "slowest_reply_seconds" => AgentMessages(s).Select(ReplySeconds).Max(),
        "messages_per_ticket" => Average(Resolved(s).Select(MessageCount).OfType<decimal>()),
        "topic_rank" => s.Key is null ? null : 1 + Tickets.Select(t => t.Topic).OfType<string>().Distinct()
            .Count(topic => Created(s with { Key = topic }).Count() > Created(s).Count()),
        "channel_share" => Ratio(Created(s).Count(), Created(s with { By = "all" }).Count()),
        "nps_responses" => Responses(s, "nps").Count(),
        "promoters" => Responses(s, "nps").Count(r => r.Score >= 9),
        "passives" => Responses(s, "nps").Count(r => r.Score is >= 7 and < 9),
        "detractors" => Responses(s, "nps").Count(r => r.Score < 7),
        "nps" => Ratio(100m * (Responses(s, "nps").Count(r => r.Score >= 9) - Responses(s, "nps").Count(r => r.Score < 7)), Responses(s, "nps").Count()),
        "csat_responses" => Responses(s, "csat").Count(),
        "csat_satisfied" => Responses(s, "csat").Count(r => r.Score >= 4),
        "csat_rate" => Ratio(Responses(s, "csat").Count(r => r.Score >= 4), Responses(s, "csat").Count()),
        "csat_avg" => Average(Responses(s, "csat").Select(r => r.Score)),
        "rating_responses" => Responses(s, "rating").Count(),
        "rating_avg" => Average(Responses(s, "rating").Select(r => r.Score)),
        "rating_satisfied_rate" => Ratio(Responses(s, "rating").Count(r => r.Score >= 4), Responses(s, "rating").Count()),
        "ces_avg" => Average(Responses(s, "ces").Select(CesScore)),
        "ces_easy_rate" => Ratio(Responses(s, "ces").Count(r => CesScore(r) >= 5), Responses(s, "ces").Count()),
        _ => KpiExpectedFinance.Value(code, s),
    };

    /// <summary>A CES answer on another scale (scale_max 5) mapped linearly onto 1–7.</summary>
    public static decimal CesScore(SurveyRow r) => r.ScaleMax is { } top and not 7 ? 1 + (r.Score - 1) * 6 / (top - 1) : r.Score;

    public static decimal? Ratio(decimal numerator, decimal denominator) => denominator == 0 ? null : numerator / denominator;

    private static decimal? Average(IEnumerable<decimal> values) => values.Any() ? values.Average() : null;

    private static decimal Seconds(DateTime from, DateTime? to) => (decimal)(to!.Value - from).TotalSeconds;

    private static bool FirstContact(TicketRow t) => (t.Contacts ?? 1) == 1 && (t.Reopens ?? 0) == 0;

    public static IEnumerable<TicketRow> Created(KpiScope s) => Tickets.Where(t => s.Covers(t.CreatedAt) && Matches(s, t));

    private static IEnumerable<TicketRow> Resolved(KpiScope s) =>
        Tickets.Where(t => t.ResolvedAt is { } at && s.Covers(at) && Matches(s, t));

    private static bool Matches(KpiScope s, TicketRow t) => s.Is("agent", t.Agent) && s.Is("channel", t.Channel) && s.Is("topic", t.Topic);

    private static IEnumerable<CallRow> Inbound(KpiScope s) =>
        Calls.Where(c => c.Direction == "inbound" && s.Covers(c.StartedAt) && s.Is("agent", c.Agent) && s.Is("topic", c.Topic));

    private static IEnumerable<CallRow> Answered(KpiScope s) => Inbound(s).Where(c => c.AnsweredAt is not null);

    /// <summary>
    /// Per agent-day: the shift's logged-in seconds, or 3600 per distinct clock hour with an answered call.
    /// A call with no agent is nobody's hour.
    /// </summary>
    internal static decimal WorkingSeconds(KpiScope s)
    {
        var shifts = Shifts.Where(x => s.Covers(x.Date) && s.Is("agent", x.Agent)).ToList();
        var callDays = Answered(s).Where(c => c.Agent is not null).GroupBy(c => (c.Agent, Day: KpiTime.Day(c.StartedAt)));
        var fromCalls = callDays.Where(g => !shifts.Any(x => x.Agent == g.Key.Agent && x.Date == g.Key.Day))
            .Sum(g => 3600m * g.Select(c => c.AnsweredAt!.Value.ToString("yyyyMMddHH")).Distinct().Count());
        return shifts.Sum(x => (decimal)x.LoggedInSeconds) + fromCalls;
    }

    private static IEnumerable<SurveyRow> Responses(KpiScope s, params string[] types) =>
        Surveys.Where(r => types.Contains(r.Type) && s.Covers(r.RespondedAt) && s.Is("agent", r.Agent) && s.Is("channel", r.Channel));

    private static IEnumerable<MessageRow> AgentMessages(KpiScope s) =>
        Messages.Where(m => m.Author == "agent" && s.Covers(m.SentAt) && s.Is("agent", m.Agent));

    /// <summary>Time since the earliest customer message not yet answered; null when no customer is waiting.</summary>
    private static decimal? ReplySeconds(MessageRow reply)
    {
        var thread = Messages.Where(m => m.Ticket == reply.Ticket)
            .OrderBy(m => m.SentAt).ThenBy(m => m.Author == "agent" ? 1 : 0).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var before = thread.TakeWhile(m => m != reply).ToList();
        var lastAgent = before.FindLastIndex(m => m.Author == "agent");
        var waiting = before.Skip(lastAgent + 1).FirstOrDefault(m => m.Author == "customer");
        return waiting is null ? null : Seconds(waiting.SentAt, reply.SentAt);
    }

    /// <summary>Counted from ticket_messages when the ticket has any there, else tickets.csv's messages (null: unknown).</summary>
    private static decimal? MessageCount(TicketRow t) =>
        Messages.Count(m => m.Ticket == t.Id) is > 0 and var n ? n : t.Messages;
}
