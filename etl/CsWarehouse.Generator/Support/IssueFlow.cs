using CsWarehouse.Generator.Agents;
using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Randomness;

namespace CsWarehouse.Generator.Support;

/// <summary>Plays an issue contact by contact until it is solved (and maybe reopened), left stuck, or the export cuts it off.</summary>
internal sealed class IssueFlow(SupportTables tables)
{
    public void Run(TicketRun ticket, IContactMedium medium, long start, Rng rng)
    {
        var plan = IssuePlan.Draw(ticket.Owner, ticket.Topic, ticket.Channel, rng);
        ticket.Stuck = plan.Stuck;
        ticket.Assignee = ticket.Owner;
        long time = start;
        int passes = plan.ReopenContacts > 0 ? 2 : 1;
        for (int pass = 0; pass < passes; pass++)
        {
            int contacts = pass == 0 ? plan.FirstPassContacts : plan.ReopenContacts;
            bool lastPass = pass == passes - 1;
            for (int c = 0; c < contacts; c++)
            {
                if (pass > 0 || c > 0) time += ReturnGap(reopen: pass > 0 && c == 0, rng);
                if (pass > 0 && c == 0) ticket.NextContactReopens = true;
                if (plan.Escalate && pass == 0 && c == 1) Escalate(ticket, time, rng);
                bool resolves = c == contacts - 1 && !(lastPass && plan.Stuck);
                if (!medium.Contact(ticket, ticket.Assignee, resolves, ref time, rng)) return;
            }
            if (lastPass && plan.Stuck) return;
            long resolved = time + medium.CloseDelay(rng);
            if (resolved >= tables.Export) return;
            ticket.ResolvedUtc = resolved;
            time = resolved;
        }
    }

    // Customers come back hours to days later; a reopen comes after the customer has tried the fix.
    private static long ReturnGap(bool reopen, Rng rng) =>
        reopen ? 3600 + (long)rng.LogNormal(2.5 * 86_400, 0.6) : 600 + (long)rng.LogNormal(16 * 3600, 0.9);

    private void Escalate(TicketRun ticket, long time, Rng rng)
    {
        int day = tables.LocalDay(time);
        if (ticket.Owner.TeamOn(day) == Team.Tier2) return;
        ticket.Assignee = tables.Schedule.Pick(day, Team.Tier2, rng);
    }
}
