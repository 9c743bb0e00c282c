using CsWarehouse.Generator.Output;
using static CsWarehouse.Generator.Dirt.RuleKind;

namespace CsWarehouse.Generator.Dirt;

/// <summary>One way to break one rule: the column it lands in, and for comparisons the column it is compared with.</summary>
internal sealed record DirtRule(string Column, RuleKind Kind, string? Reference = null);

/// <summary>The rules injected into each file, cycled in this order; only rules the contract states.</summary>
internal static class DirtRules
{
    private static readonly Dictionary<string, DirtRule[]> ByFile = new(StringComparer.Ordinal)
    {
        [ContractFiles.Agents] = [new("agent_id", MissingRequired), new("agent_name", MissingRequired),
            new("hired_on", UnparseableDate), new("left_on", UnparseableDate)],
        [ContractFiles.AgentShifts] = [new("agent_id", MissingRequired), new("shift_date", MissingRequired),
            new("shift_date", UnparseableDate), new("logged_in_seconds", MissingRequired),
            new("logged_in_seconds", UnparseableInteger), new("logged_in_seconds", NotPositive)],
        [ContractFiles.Customers] = [new("customer_id", MissingRequired), new("signed_up_on", UnparseableDate)],
        [ContractFiles.Plans] = [new("plan_id", MissingRequired), new("is_premium", UnparseableBoolean)],
        [ContractFiles.Tickets] = [new("ticket_id", MissingRequired), new("created_at", MissingRequired),
            new("channel", MissingRequired), new("created_at", UnparseableTimestamp),
            new("first_response_at", UnparseableTimestamp), new("resolved_at", UnparseableTimestamp),
            new("first_response_at", BeforeCreatedAt, "created_at"), new("resolved_at", BeforeCreatedAt, "created_at"),
            new("contacts", ContactsBelowOne), new("contacts", UnparseableInteger), new("reopens", NegativeInteger),
            new("agent_replies", NegativeInteger), new("messages", NegativeInteger)],
        [ContractFiles.TicketMessages] = [new("message_id", MissingRequired), new("ticket_id", MissingRequired),
            new("sent_at", MissingRequired), new("author", MissingRequired), new("sent_at", UnparseableTimestamp),
            new("author", UnknownAuthor)],
        [ContractFiles.Calls] = [new("call_id", MissingRequired), new("started_at", MissingRequired),
            new("started_at", UnparseableTimestamp), new("answered_at", UnparseableTimestamp),
            new("ended_at", UnparseableTimestamp), new("answered_at", NegativeDuration, "started_at"),
            new("talk_seconds", NegativeInteger), new("hold_seconds", NegativeInteger),
            new("after_call_work_seconds", NegativeInteger), new("talk_seconds", UnparseableInteger),
            new("resolved", UnparseableBoolean)],
        [ContractFiles.Surveys] = [new("response_id", MissingRequired), new("responded_at", MissingRequired),
            new("survey_type", MissingRequired), new("score", MissingRequired),
            new("responded_at", UnparseableTimestamp), new("score", UnparseableDecimal),
            new("score", ScoreOutsideScale), new("survey_type", UnknownSurveyType),
            new("scale_max", UnparseableInteger)],
        [ContractFiles.Subscriptions] = [new("subscription_id", MissingRequired), new("customer_id", MissingRequired),
            new("mrr", MissingRequired), new("started_on", MissingRequired), new("mrr", UnparseableDecimal),
            new("mrr", NegativeAmount), new("started_on", UnparseableDate), new("ended_on", UnparseableDate),
            new("currency", CurrencyWithoutRate)],
        [ContractFiles.SupportCosts] = [new("month", MissingRequired), new("category", MissingRequired),
            new("amount", MissingRequired), new("month", UnparseableMonth), new("amount", UnparseableDecimal),
            new("amount", NegativeAmount), new("currency", CurrencyWithoutRate)],
        [ContractFiles.Targets] = [new("kpi", MissingRequired), new("value", MissingRequired),
            new("month", UnparseableMonth), new("value", UnparseableDecimal)],
        [ContractFiles.FxRates] = [new("month", MissingRequired), new("currency", MissingRequired),
            new("rate", MissingRequired), new("month", UnparseableMonth), new("rate", UnparseableDecimal)],
    };

    public static IReadOnlyList<DirtRule> For(string file) => ByFile.GetValueOrDefault(file) ?? [];
}
