using CsWarehouse.Generator.Agents;
using CsWarehouse.Generator.Randomness;

namespace CsWarehouse.Generator.Support;

/// <summary>How one customer contact plays out on a channel: a message exchange or a phone call.</summary>
internal interface IContactMedium
{
    /// <summary>
    /// Plays one contact starting at <paramref name="time"/> and moves it to when the agent is done.
    /// False when the export instant cuts it short or nobody was reached.
    /// </summary>
    bool Contact(TicketRun ticket, Agent agent, bool resolves, ref long time, Rng rng);

    /// <summary>Seconds from the agent's last action to the ticket being marked solved.</summary>
    long CloseDelay(Rng rng);
}
