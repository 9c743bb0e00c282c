namespace CsWarehouse.Etl.Generate.Output;

/// <summary>The canonical export files of docs/contract.md and their columns, in the order the generator writes them.</summary>
internal static class ContractFiles
{
    public const string Agents = "agents.csv";
    public const string AgentShifts = "agent_shifts.csv";
    public const string Customers = "customers.csv";
    public const string Plans = "plans.csv";
    public const string Tickets = "tickets.csv";
    public const string TicketMessages = "ticket_messages.csv";
    public const string Calls = "calls.csv";
    public const string Surveys = "surveys.csv";
    public const string Subscriptions = "subscriptions.csv";
    public const string SupportCosts = "support_costs.csv";
    public const string Targets = "targets.csv";
    public const string FxRates = "fx_rates.csv";

    public static readonly IReadOnlyDictionary<string, string[]> Columns = new SortedDictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Agents] = ["agent_id", "agent_name", "team", "email", "hired_on", "left_on"],
        [AgentShifts] = ["agent_id", "shift_date", "logged_in_seconds"],
        [Customers] = ["customer_id", "customer_name", "segment", "country", "signed_up_on"],
        [Plans] = ["plan_id", "plan_name", "tier", "is_premium"],
        [Tickets] =
        [
            "ticket_id", "created_at", "channel", "customer_id", "agent_id", "topic", "priority", "status",
            "first_response_at", "resolved_at", "contacts", "reopens", "agent_replies", "messages",
        ],
        [TicketMessages] = ["message_id", "ticket_id", "sent_at", "author", "agent_id"],
        [Calls] =
        [
            "call_id", "started_at", "answered_at", "ended_at", "direction", "agent_id", "customer_id", "ticket_id",
            "topic", "talk_seconds", "hold_seconds", "after_call_work_seconds", "resolved",
        ],
        [Surveys] =
        [
            "response_id", "responded_at", "survey_type", "score", "scale_max", "customer_id", "ticket_id", "call_id",
            "agent_id", "channel", "comment",
        ],
        [Subscriptions] = ["subscription_id", "customer_id", "plan_id", "mrr", "currency", "started_on", "ended_on"],
        [SupportCosts] = ["month", "category", "team", "amount", "currency"],
        [Targets] = ["kpi", "month", "value"],
        [FxRates] = ["month", "currency", "rate"],
    };

    /// <summary>How each file writes timestamps; files without timestamps are absent.</summary>
    public static readonly IReadOnlyDictionary<string, TimeStyle> TimeStyles = new SortedDictionary<string, TimeStyle>(StringComparer.Ordinal)
    {
        [Tickets] = TimeStyle.Offset,
        [TicketMessages] = TimeStyle.Utc,
        [Calls] = TimeStyle.Local,
        [Surveys] = TimeStyle.Local,
    };

    /// <summary>Auxiliary outputs live under generator/ because a load reads only top-level CSV files.</summary>
    public const string AuxiliaryFolder = "generator";
}
