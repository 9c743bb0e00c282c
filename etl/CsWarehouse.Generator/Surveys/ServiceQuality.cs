using CsWarehouse.Generator.Support;

namespace CsWarehouse.Generator.Surveys;

/// <summary>How well an issue went, as the latent satisfaction that drives survey scores and, later, churn.</summary>
internal static class ServiceQuality
{
    // Around +1.7 for a fast first-contact fix by an average agent; every extra contact, a reopen,
    // a slow first reply and a long time to solve pull it down; a good agent lifts it.
    public static double Of(TicketRun ticket, long exportUtc)
    {
        double z = 2.0 + 0.45 * ticket.Assignee.Rapport - 0.45 * (ticket.Contacts - 1) - 0.6 * ticket.Reopens;
        if (ticket.FirstResponseUtc is { } first) z -= 0.18 * Math.Log(1 + (first - ticket.CreatedUtc) / 1800.0);
        // An open issue counts by how long it has been waiting so far.
        long end = ticket.ResolvedUtc ?? exportUtc;
        z -= 0.25 * Math.Log(1 + (end - ticket.CreatedUtc) / (8 * 3600.0));
        return z;
    }

    /// <summary>How much an issue adds to a customer's memory of poor service (0 when it went fine).</summary>
    public static double Grievance(double quality, bool stuck) => Math.Max(0, 1.0 - quality) * 0.8 + (stuck ? 0.8 : 0);
}
