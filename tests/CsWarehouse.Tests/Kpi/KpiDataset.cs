using System.Globalization;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Kpi;

/// <summary>
/// A small hand-written operation, January to April 2026 (UTC), whose rows exercise every KPI and its edge cases:
/// T03 opens in January and is resolved in February; February's NPS has only passives; S11 and S14 are CES answers on
/// a 1–5 scale; March has no surveys and no cost rows; T05 has no contacts, reopens or messages in tickets.csv.
/// </summary>
internal static class KpiDataset
{
    public const string From = "2026-01", To = "2026-04";

    public static readonly (string Id, string Name)[] Agents = [("A1", "Nguyễn Văn An"), ("A2", "สมชาย ใจดี"), ("A3", "مریم رضایی")];

    public static readonly TicketRow[] Tickets =
    [
        new("T01", "2026-01-05T09:00:00Z", "email", "A1", "Billing", "2026-01-05T09:30:00Z", "2026-01-05T12:00:00Z", 1, 0, 3),
        new("T02", "2026-01-06T10:00:00Z", "chat", "A2", "Login", "2026-01-06T10:02:00Z", "2026-01-06T10:30:00Z", 2, 0, 6),
        new("T03", "2026-01-20T23:00:00Z", "email", "A1", "Billing", "2026-01-21T01:00:00Z", "2026-02-03T09:00:00Z", 1, 1, 8),
        new("T04", "2026-01-31T15:00:00Z", "phone", "A3", "Shipping", null, null, null, null, null),
        new("T05", "2026-02-02T08:00:00Z", "email", "A2", null, "2026-02-02T09:00:00Z", "2026-02-02T18:00:00Z", null, null, null),
        new("T06", "2026-02-10T11:00:00Z", "chat", "A1", "Login", "2026-02-10T11:05:00Z", "2026-02-11T11:00:00Z", 3, 0, 10),
        new("T07", "2026-02-14T09:00:00Z", "chat", null, "Billing", null, null, 1, null, 1),
        new("T08", "2026-03-01T00:30:00Z", "email", "A3", "Shipping", "2026-03-01T04:30:00Z", "2026-03-02T00:30:00Z", 4, 0, 12),
        new("T09", "2026-03-15T14:00:00Z", "phone", "A2", "Billing", "2026-03-15T14:10:00Z", "2026-03-15T15:00:00Z", 1, 0, null),
        new("T10", "2026-03-20T10:00:00Z", "email", "A1", "Login", "2026-03-20T10:20:00Z", "2026-03-20T11:00:00Z", 2, 0, 4),
    ];

    public static readonly MessageRow[] Messages =
    [
        new("M01", "T05", "2026-02-02T08:00:00Z", "customer", null),
        new("M02", "T05", "2026-02-02T08:10:00Z", "customer", null),
        new("M03", "T05", "2026-02-02T09:00:00Z", "agent", "A2"),
        new("M04", "T05", "2026-02-02T09:05:00Z", "agent", "A2"),
        new("M05", "T05", "2026-02-02T10:00:00Z", "customer", null),
        new("M06", "T05", "2026-02-02T10:30:00Z", "agent", "A2"),
        new("M07", "T06", "2026-02-10T11:00:00Z", "customer", null),
        new("M08", "T06", "2026-02-10T11:05:00Z", "agent", "A1"),
        new("M09", "T08", "2026-03-01T00:30:00Z", "customer", null),
        new("M10", "T08", "2026-03-01T04:30:00Z", "agent", "A3"),
    ];

    public static readonly CallRow[] Calls =
    [
        new("C01", "2026-01-05T09:00:00Z", "2026-01-05T09:00:30Z", "inbound", "A1", 300, 60, 30, true, "Billing"),
        new("C02", "2026-01-05T09:20:00Z", "2026-01-05T09:21:00Z", "inbound", "A1", 200, null, 20, false),
        new("C03", "2026-01-05T10:10:00Z", "2026-01-05T10:10:10Z", "inbound", "A1", 100, null, null, null),
        new("C04", "2026-01-05T11:00:00Z", null, "inbound", null, null, null, null, null),
        new("C05", "2026-01-06T14:00:00Z", "2026-01-06T14:02:00Z", "inbound", "A2", 400, 0, 100, true, "Outage"),
        new("C06", "2026-01-06T15:00:00Z", "2026-01-06T15:00:05Z", "outbound", "A2", 50, null, null, null),
        new("C07", "2026-02-10T08:00:00Z", null, "inbound", null, null, null, null, null),
        new("C08", "2026-03-15T14:00:00Z", "2026-03-15T14:00:20Z", "inbound", "A2", 120, null, null, true),
        // Answered, but by nobody the export names: in every call code, in neither term of calls_per_hour.
        new("C09", "2026-03-15T16:00:00Z", "2026-03-15T16:01:00Z", "inbound", null, 240, null, null, false, "Billing"),
        new("C10", "2026-03-15T16:20:00Z", "2026-03-15T16:20:30Z", "inbound", null, 60, null, null, null),
    ];

    public static readonly ShiftRow[] Shifts = [new("A1", "2026-01-05", 14400), new("A3", "2026-01-07", 3600)];

    public static readonly SurveyRow[] Surveys =
    [
        new("S01", "2026-01-10T10:00:00Z", "nps", 10, null, null, null),
        new("S02", "2026-01-11T10:00:00Z", "nps", 9, null, null, null),
        new("S03", "2026-01-12T10:00:00Z", "nps", 7, null, null, null),
        new("S04", "2026-01-13T10:00:00Z", "nps", 3, null, null, null),
        new("S05", "2026-01-05T13:00:00Z", "csat", 5, null, "A1", "email"),
        new("S06", "2026-01-06T13:00:00Z", "csat", 3, null, "A1", "chat"),
        new("S07", "2026-01-07T13:00:00Z", "csat", 4, null, "A2", "chat"),
        new("S08", "2026-01-08T13:00:00Z", "rating", 5, null, "A2", "chat"),
        new("S09", "2026-01-09T13:00:00Z", "rating", 2, null, null, "phone"),
        new("S10", "2026-01-15T13:00:00Z", "ces", 6, null, "A3", "phone"),
        new("S11", "2026-01-16T13:00:00Z", "ces", 4, 5, null, null),
        new("S12", "2026-02-10T10:00:00Z", "nps", 8, null, null, "chat"),
        new("S13", "2026-02-11T10:00:00Z", "nps", 7, null, null, "chat"),
        new("S14", "2026-02-12T10:00:00Z", "ces", 2, 5, "A1", "chat"),
    ];

    public static readonly PlanRow[] Plans = [new("basic", false), new("pro", true)];

    public static readonly SubscriptionRow[] Subscriptions =
    [
        new("SUB1", "K1", "basic", 100, "USD", "2025-01-10", "2026-02-15"),
        new("SUB1", "K1", "pro", 150, "USD", "2026-02-15", null),
        new("SUB2", "K2", "basic", 80, "USD", "2025-11-01", "2026-02-01"),
        new("SUB3", "K3", "basic", 50, "USD", "2026-01-20", "2026-03-05"),
        new("SUB3", "K3", "basic", 30, "USD", "2026-03-05", null),
        new("SUB4", "K4", "pro", 200, "USD", "2025-06-01", "2025-12-10"),
        new("SUB5", "K4", "pro", 200, "USD", "2026-03-01", null),
        new("SUB6", "K5", "basic", 100, "EUR", "2026-02-01", "2026-04-10"),
    ];

    public static readonly FxRow[] FxRates = [new("2026-02", "EUR", 1.1m)];

    public static readonly CostRow[] Costs = [new("2026-01", "salaries", 1000), new("2026-01", "tools", 200), new("2026-02", "salaries", 1100)];

    public static readonly TargetRow[] Targets = [new("cost_per_ticket", null, 400), new("cost_per_ticket", "2026-02", 350)];

    /// <summary>The dataset as export files, the subscription and cost files included.</summary>
    public static ExportFolder Folder() => new ExportFolder()
        .With("agents.csv", Csv("agent_id,agent_name", Agents.Select(a => new object?[] { a.Id, a.Name })))
        .With("tickets.csv", Csv("ticket_id,created_at,channel,agent_id,topic,first_response_at,resolved_at,contacts,reopens,messages",
            Tickets.Select(t => new object?[] { t.Id, t.Created, t.Channel, t.Agent, t.Topic, t.FirstResponse, t.Resolved, t.Contacts, t.Reopens, t.Messages })))
        .With("ticket_messages.csv", Csv("message_id,ticket_id,sent_at,author,agent_id",
            Messages.Select(m => new object?[] { m.Id, m.Ticket, m.Sent, m.Author, m.Agent })))
        .With("calls.csv", Csv("call_id,started_at,answered_at,direction,agent_id,talk_seconds,hold_seconds,after_call_work_seconds,resolved,topic",
            Calls.Select(c => new object?[] { c.Id, c.Started, c.Answered, c.Direction, c.Agent, c.Talk, c.Hold, c.AfterCallWork, c.Resolved, c.Topic })))
        .With("agent_shifts.csv", Csv("agent_id,shift_date,logged_in_seconds", Shifts.Select(s => new object?[] { s.Agent, s.Day, s.LoggedInSeconds })))
        .With("surveys.csv", Csv("response_id,responded_at,survey_type,score,scale_max,agent_id,channel",
            Surveys.Select(s => new object?[] { s.Id, s.Responded, s.Type, s.Score, s.ScaleMax, s.Agent, s.Channel })))
        .With("plans.csv", Csv("plan_id,is_premium", Plans.Select(p => new object?[] { p.Id, p.IsPremium })))
        .With("fx_rates.csv", Csv("month,currency,rate", FxRates.Select(f => new object?[] { f.Month, f.Currency, f.Rate })))
        .With("subscriptions.csv", Csv("subscription_id,customer_id,plan_id,mrr,currency,started_on,ended_on",
            Subscriptions.Select(s => new object?[] { s.Id, s.Customer, s.Plan, s.Mrr, s.Currency, s.Started, s.Ended })))
        .With("support_costs.csv", Csv("month,category,amount", Costs.Select(c => new object?[] { c.Month, c.Category, c.Amount })))
        .With("targets.csv", Csv("kpi,month,value", Targets.Select(t => new object?[] { t.Kpi, t.Month, t.Value })));

    private static string Csv(string header, IEnumerable<object?[]> rows) =>
        header + "\n" + string.Concat(rows.Select(r => string.Join(",", r.Select(Cell)) + "\n"));

    private static string Cell(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
