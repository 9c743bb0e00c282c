using System.Globalization;

namespace CsWarehouse.Tests.Kpi;

// The raw rows of the hand-written KPI dataset, typed as the exports describe them (instants in UTC).

internal sealed record TicketRow(string Id, string Created, string Channel, string? Agent, string? Topic,
    string? FirstResponse, string? Resolved, int? Contacts, int? Reopens, int? Messages)
{
    public DateTime CreatedAt => KpiTime.Instant(Created);
    public DateTime? FirstResponseAt => KpiTime.InstantOrNull(FirstResponse);
    public DateTime? ResolvedAt => KpiTime.InstantOrNull(Resolved);
}

internal sealed record MessageRow(string Id, string Ticket, string Sent, string Author, string? Agent)
{
    public DateTime SentAt => KpiTime.Instant(Sent);
}

internal sealed record CallRow(string Id, string Started, string? Answered, string Direction, string? Agent,
    int? Talk, int? Hold, int? AfterCallWork, bool? Resolved, string? Topic = null)
{
    public DateTime StartedAt => KpiTime.Instant(Started);
    public DateTime? AnsweredAt => KpiTime.InstantOrNull(Answered);
}

internal sealed record ShiftRow(string Agent, string Day, int LoggedInSeconds)
{
    public DateOnly Date => DateOnly.Parse(Day, CultureInfo.InvariantCulture);
}

internal sealed record SurveyRow(string Id, string Responded, string Type, decimal Score, int? ScaleMax, string? Agent, string? Channel)
{
    public DateTime RespondedAt => KpiTime.Instant(Responded);
}

internal sealed record SubscriptionRow(string Id, string Customer, string Plan, decimal Mrr, string Currency, string Started, string? Ended)
{
    public DateOnly StartedOn => DateOnly.Parse(Started, CultureInfo.InvariantCulture);
    public DateOnly? EndedOn => Ended is null ? null : DateOnly.Parse(Ended, CultureInfo.InvariantCulture);
}

internal sealed record PlanRow(string Id, bool IsPremium);

internal sealed record CostRow(string Month, string Category, decimal Amount);

internal sealed record TargetRow(string Kpi, string? Month, decimal Value);

internal sealed record FxRow(string Month, string Currency, decimal Rate);

internal static class KpiTime
{
    public static DateTime Instant(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    public static DateTime? InstantOrNull(string? text) => text is null ? null : Instant(text);

    public static DateOnly Day(DateTime instant) => DateOnly.FromDateTime(instant);
}
