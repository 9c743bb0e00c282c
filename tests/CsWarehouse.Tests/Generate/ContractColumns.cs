namespace CsWarehouse.Tests.Generate;

/// <summary>The value types of docs/contract.md.</summary>
public enum ValueKind { Text, Timestamp, Date, Month, Integer, Decimal, Boolean }

/// <summary>A contract column's type and whether a value is required.</summary>
public sealed record ContractColumn(ValueKind Kind, bool Required = false);

/// <summary>Types and required flags of every contract column, written out from the contract for the tests.</summary>
public static class ContractColumns
{
    private static ContractColumn T(ValueKind kind = ValueKind.Text) => new(kind);
    private static ContractColumn R(ValueKind kind = ValueKind.Text) => new(kind, true);

    public static readonly IReadOnlyDictionary<string, Dictionary<string, ContractColumn>> Files =
        new Dictionary<string, Dictionary<string, ContractColumn>>
        {
            ["agents.csv"] = new() { ["agent_id"] = R(), ["agent_name"] = R(), ["team"] = T(), ["email"] = T(),
                ["hired_on"] = T(ValueKind.Date), ["left_on"] = T(ValueKind.Date) },
            ["agent_shifts.csv"] = new() { ["agent_id"] = R(), ["shift_date"] = R(ValueKind.Date),
                ["logged_in_seconds"] = R(ValueKind.Integer) },
            ["customers.csv"] = new() { ["customer_id"] = R(), ["customer_name"] = T(), ["segment"] = T(), ["country"] = T(),
                ["signed_up_on"] = T(ValueKind.Date) },
            ["plans.csv"] = new() { ["plan_id"] = R(), ["plan_name"] = T(), ["tier"] = T(), ["is_premium"] = T(ValueKind.Boolean) },
            ["tickets.csv"] = new() { ["ticket_id"] = R(), ["created_at"] = R(ValueKind.Timestamp), ["channel"] = R(),
                ["customer_id"] = T(), ["agent_id"] = T(), ["topic"] = T(), ["priority"] = T(), ["status"] = T(),
                ["first_response_at"] = T(ValueKind.Timestamp), ["resolved_at"] = T(ValueKind.Timestamp),
                ["contacts"] = T(ValueKind.Integer), ["reopens"] = T(ValueKind.Integer),
                ["agent_replies"] = T(ValueKind.Integer), ["messages"] = T(ValueKind.Integer) },
            ["ticket_messages.csv"] = new() { ["message_id"] = R(), ["ticket_id"] = R(), ["sent_at"] = R(ValueKind.Timestamp),
                ["author"] = R(), ["agent_id"] = T() },
            ["calls.csv"] = new() { ["call_id"] = R(), ["started_at"] = R(ValueKind.Timestamp),
                ["answered_at"] = T(ValueKind.Timestamp), ["ended_at"] = T(ValueKind.Timestamp), ["direction"] = T(),
                ["agent_id"] = T(), ["customer_id"] = T(), ["ticket_id"] = T(), ["topic"] = T(),
                ["talk_seconds"] = T(ValueKind.Integer), ["hold_seconds"] = T(ValueKind.Integer),
                ["after_call_work_seconds"] = T(ValueKind.Integer), ["resolved"] = T(ValueKind.Boolean) },
            ["surveys.csv"] = new() { ["response_id"] = R(), ["responded_at"] = R(ValueKind.Timestamp), ["survey_type"] = R(),
                ["score"] = R(ValueKind.Decimal), ["scale_max"] = T(ValueKind.Integer), ["customer_id"] = T(),
                ["ticket_id"] = T(), ["call_id"] = T(), ["agent_id"] = T(), ["channel"] = T(), ["comment"] = T() },
            ["subscriptions.csv"] = new() { ["subscription_id"] = R(), ["customer_id"] = R(), ["plan_id"] = T(),
                ["mrr"] = R(ValueKind.Decimal), ["currency"] = T(), ["started_on"] = R(ValueKind.Date),
                ["ended_on"] = T(ValueKind.Date) },
            ["support_costs.csv"] = new() { ["month"] = R(ValueKind.Month), ["category"] = R(), ["team"] = T(),
                ["amount"] = R(ValueKind.Decimal), ["currency"] = T() },
            ["targets.csv"] = new() { ["kpi"] = R(), ["month"] = T(ValueKind.Month), ["value"] = R(ValueKind.Decimal) },
            ["fx_rates.csv"] = new() { ["month"] = R(ValueKind.Month), ["currency"] = R(), ["rate"] = R(ValueKind.Decimal) },
        };
}
