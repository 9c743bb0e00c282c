using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Contracts;

/// <summary>ticket_messages.csv: one row per message of a ticket, for reply-level metrics.</summary>
public sealed class TicketMessagesExport : Export
{
    private static readonly Field MessageId = Field.Key("message_id", required: true);
    private static readonly Field SentAt = Field.Instant("sent_at", required: true);

    public TicketMessagesExport() : base("ticket_messages", "ticket_message",
    [
        MessageId,
        Field.Key("ticket_id", required: true),
        SentAt,
        Field.Code("author", required: true, allowed: ["customer", "agent"]),
        Field.Key("agent_id"),
    ], [MessageId],
    [
        // Seconds since 1970 let the portable SQL subtract instants without an engine's date functions.
        new ColumnLayout("sent_epoch", ValueKind.Int64),
    ]) { }

    public override void Extend(ParsedRow row, LoadContext context, object?[] extras) =>
        extras[0] = (long)(row.Get<DateTime>(SentAt)!.Value - DateTime.UnixEpoch).TotalSeconds;
}
