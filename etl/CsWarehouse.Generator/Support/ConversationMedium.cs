using CsWarehouse.Generator.Agents;
using CsWarehouse.Generator.Randomness;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Support;

/// <summary>Email, chat, web, Zalo and social contacts: alternating customer and agent messages, written as they happen.</summary>
internal sealed class ConversationMedium(SupportTables tables) : IContactMedium
{
    public bool Contact(TicketRun ticket, Agent agent, bool resolves, ref long time, Rng rng)
    {
        if (time >= tables.Export) return false;
        if (!ticket.Created)
        {
            ticket.Id = tables.NextTicket();
            ticket.CreatedUtc = time;
        }
        Post(ticket, time, null);
        ticket.BeginContact();
        int exchanges = ticket.Channel.Exchanges(rng);
        for (int x = 0; x < exchanges; x++)
        {
            if (x > 0)
            {
                time += 5 + (long)rng.LogNormal(ticket.Channel.CustomerReplyMedianSeconds, 0.7);
                if (time >= tables.Export) return false;
                Post(ticket, time, null);
            }
            time = ReplyAt(ticket, agent, time, firstOfContact: x == 0, rng);
            if (time >= tables.Export) return false;
            Post(ticket, time, agent);
            ticket.FirstResponseUtc ??= time;
        }
        return true;
    }

    public long CloseDelay(Rng rng) => 30 + (long)rng.LogNormal(240, 1.0);

    // Reply delay: the channel's median, stretched by the hour's load and the priority, shortened by a fast agent;
    // work waits for support hours, so evening and weekend messages are answered the next opening.
    private long ReplyAt(TicketRun ticket, Agent agent, long time, bool firstOfContact, Rng rng)
    {
        var channel = ticket.Channel;
        double median = firstOfContact ? channel.FirstReplyMedianSeconds : channel.ReplyMedianSeconds;
        double priority = ticket.Priority switch { "urgent" => 0.35, "high" => 0.7, "low" => 1.4, _ => 1.0 };
        long start = SupportHours.NextOpen(tables.Period.Local(time));
        double delay = rng.LogNormal(median * agent.ReplyFactor * priority * DemandPattern.ReplyLoad(start), 0.8);
        long reply = start + 5 + (long)delay;
        if (!SupportHours.IsOpen(reply)) reply = SupportHours.NextOpen(reply) + (long)rng.LogNormal(900, 0.6);
        return Math.Max(time + 5, tables.Period.Clock.ToUtc(reply));
    }

    private void Post(TicketRun ticket, long time, Agent? agent)
    {
        var table = tables.Messages;
        table.Row.Id(SupportTables.MessagePrefix, tables.NextMessage(), SupportTables.IdDigits + 1)
            .Id(SupportTables.TicketPrefix, ticket.Id!.Value, SupportTables.IdDigits)
            .Instant(time)
            .Text(agent is null ? "customer" : "agent")
            .Text(agent?.Id);
        table.Commit();
        if (agent is null) ticket.CustomerMessages++;
        else ticket.AgentMessages++;
        ticket.LastFromAgent = agent is not null;
    }
}
