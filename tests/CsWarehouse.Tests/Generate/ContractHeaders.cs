namespace CsWarehouse.Tests.Generate;

/// <summary>The header of every file in docs/contract.md, copied from the contract rather than from the generator.</summary>
public static class ContractHeaders
{
    public static readonly IReadOnlyDictionary<string, string[]> Files = new Dictionary<string, string[]>
    {
        ["agents.csv"] = ["agent_id", "agent_name", "team", "email", "hired_on", "left_on"],
        ["agent_shifts.csv"] = ["agent_id", "shift_date", "logged_in_seconds"],
        ["customers.csv"] = ["customer_id", "customer_name", "segment", "country", "signed_up_on"],
        ["plans.csv"] = ["plan_id", "plan_name", "tier", "is_premium"],
        ["tickets.csv"] = ["ticket_id", "created_at", "channel", "customer_id", "agent_id", "topic", "priority", "status",
            "first_response_at", "resolved_at", "contacts", "reopens", "agent_replies", "messages"],
        ["ticket_messages.csv"] = ["message_id", "ticket_id", "sent_at", "author", "agent_id"],
        ["calls.csv"] = ["call_id", "started_at", "answered_at", "ended_at", "direction", "agent_id", "customer_id", "ticket_id",
            "topic", "talk_seconds", "hold_seconds", "after_call_work_seconds", "resolved"],
        ["surveys.csv"] = ["response_id", "responded_at", "survey_type", "score", "scale_max", "customer_id", "ticket_id",
            "call_id", "agent_id", "channel", "comment"],
        ["subscriptions.csv"] = ["subscription_id", "customer_id", "plan_id", "mrr", "currency", "started_on", "ended_on"],
        ["support_costs.csv"] = ["month", "category", "team", "amount", "currency"],
        ["targets.csv"] = ["kpi", "month", "value"],
        ["fx_rates.csv"] = ["month", "currency", "rate"],
    };
}
