using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Contracts;

/// <summary>tickets.csv: one row per customer issue; a later export of a ticket updates it.</summary>
public sealed class TicketsExport : Export
{
    private static readonly Field TicketId = Field.Key("ticket_id", required: true);
    private static readonly Field CreatedAt = Field.Instant("created_at", required: true);
    private static readonly Field FirstResponseAt = Field.Instant("first_response_at");
    private static readonly Field ResolvedAt = Field.Instant("resolved_at");

    public TicketsExport() : base("tickets", "ticket",
    [
        TicketId,
        CreatedAt,
        Field.Code("channel", required: true),
        Field.Key("customer_id"),
        Field.Key("agent_id"),
        Field.Text("topic"),
        Field.Code("priority"),
        Field.Code("status"),
        FirstResponseAt,
        ResolvedAt,
        Field.Integer("contacts", min: 1),
        Field.Integer("reopens", min: 0),
        Field.Integer("agent_replies", min: 0),
        Field.Integer("messages", min: 0),
    ], [TicketId],
    [
        new ColumnLayout("first_response_seconds", ValueKind.Int64),
        new ColumnLayout("resolution_seconds", ValueKind.Int64),
    ]) { }

    public override void Check(ParsedRow row, LoadContext context)
    {
        row.ClampOrRejectIfBefore(FirstResponseAt, CreatedAt, context.Settings.ClockSkew);
        row.ClampOrRejectIfBefore(ResolvedAt, CreatedAt, context.Settings.ClockSkew);
    }

    public override void Extend(ParsedRow row, LoadContext context, object?[] extras)
    {
        extras[0] = row.SecondsBetween(CreatedAt, FirstResponseAt);
        extras[1] = row.SecondsBetween(CreatedAt, ResolvedAt);
    }
}
