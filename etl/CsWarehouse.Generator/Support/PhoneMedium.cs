using CsWarehouse.Generator.Agents;
using CsWarehouse.Generator.Randomness;

namespace CsWarehouse.Generator.Support;

/// <summary>Phone contacts: each is an inbound call through the queue; the ticket is opened by the first answered call.</summary>
internal sealed class PhoneMedium(SupportTables tables, CallCenter callCenter) : IContactMedium
{
    public bool Contact(TicketRun ticket, Agent agent, bool resolves, ref long time, Rng rng)
    {
        // A caller who never gets through on the first contact leaves no ticket; one already in
        // a ticket keeps calling back on later days.
        int tries = ticket.Created ? 3 : 1;
        long answered = 0;
        bool reached = false;
        for (int i = 0; i < tries && !reached; i++)
        {
            if (i > 0) time += 86_400 / 2 + rng.Next(86_400);
            reached = callCenter.Reach(ticket.Customer, ticket.Topic, 4, ref time, out answered, rng);
            if (time >= tables.Export) return false;
        }
        if (!reached) return false;
        int day = tables.LocalDay(time);
        var taker = tables.Schedule.IsWorking(agent, day) ? agent : tables.Schedule.Pick(day, agent.TeamOn(day), rng);
        var work = CallCenter.Work(taker, ticket.Topic, 1.0, rng);
        long ended = answered + work.Connected;
        if (ended + work.AfterCallWork >= tables.Export) return false;
        if (!ticket.Created)
        {
            ticket.Id = tables.NextTicket();
            ticket.CreatedUtc = time;
            ticket.FirstResponseUtc = answered;
        }
        ticket.BeginContact();
        ticket.LastCallId = callCenter.Write(new CallRecord(time, answered, ended, false, taker, ticket.Customer, ticket.Id,
            ticket.Topic, work, resolves));
        ticket.LastCallAgent = taker;
        time = ended + work.AfterCallWork;
        return true;
    }

    // The agent solves the ticket during wrap-up, which the call time already includes.
    public long CloseDelay(Rng rng) => 0;
}
