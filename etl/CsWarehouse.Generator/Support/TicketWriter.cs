namespace CsWarehouse.Generator.Support;

/// <summary>Writes a simulated issue as its tickets.csv row, with a status that agrees with its resolution.</summary>
internal static class TicketWriter
{
    // Helpdesks close solved tickets after four days without a reply.
    private const long ClosesAfterSeconds = 4 * 86_400;

    public static void Write(TicketRun ticket, SupportTables tables)
    {
        var row = tables.Tickets.Row;
        bool phone = ticket.Channel.IsPhone;
        row.Id(SupportTables.TicketPrefix, ticket.Id!.Value, SupportTables.IdDigits)
            .Instant(ticket.CreatedUtc)
            .Text(ticket.Channel.Code)
            .Text(ticket.Customer.Id)
            .Text(ticket.Assignee.Id)
            .Text(ticket.Topic.Label)
            .Text(ticket.Priority)
            .Text(Status(ticket, tables.Export))
            .Instant(ticket.FirstResponseUtc)
            .Instant(ticket.ResolvedUtc)
            .Int(ticket.Contacts)
            .Int(ticket.Reopens)
            // Phone issues are worked through calls: there are no messages to count.
            .Int(phone ? null : ticket.AgentMessages)
            .Int(phone ? null : ticket.AgentMessages + ticket.CustomerMessages);
        tables.Tickets.Commit();
    }

    private static string Status(TicketRun ticket, long export)
    {
        if (ticket.ResolvedUtc is { } resolved) return export - resolved > ClosesAfterSeconds ? "closed" : "solved";
        if (ticket.Channel.IsPhone) return ticket.Stuck ? "pending" : "open";
        if (ticket.AgentMessages == 0) return "new";
        return ticket.LastFromAgent ? "pending" : "open";
    }
}
