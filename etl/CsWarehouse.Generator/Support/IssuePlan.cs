using CsWarehouse.Generator.Agents;
using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Randomness;

namespace CsWarehouse.Generator.Support;

/// <summary>How an issue will go if nothing cuts it short: contacts, escalation, reopening, or never being solved.</summary>
internal sealed record IssuePlan(int FirstPassContacts, bool Escalate, int ReopenContacts, bool Stuck)
{
    public const int MaxContacts = 7;

    // First-contact resolution is driven by the owner's skill, the topic's difficulty and the channel:
    // logit = 1.3 - 1.1 x difficulty + 0.9 x skill + channel bias (about 0.6-0.7 on average).
    public static IssuePlan Draw(Agent owner, Topic topic, Channel channel, Rng rng)
    {
        double fcr = Weights.Logistic(1.3 - 1.1 * topic.Difficulty + 0.9 * owner.Resolution + channel.FcrBias);
        bool firstContact = rng.Chance(fcr);
        int contacts = 1;
        if (!firstContact)
        {
            // Each further contact resolves with odds that fall with difficulty.
            double next = Weights.Logistic(0.8 - 0.6 * topic.Difficulty + 0.5 * owner.Resolution);
            contacts = 2;
            while (contacts < MaxContacts && !rng.Chance(next)) contacts++;
        }
        bool escalate = !firstContact && topic.Escalates && rng.Chance(0.7);
        double reopen = Math.Clamp(0.03 + 0.06 * topic.Difficulty - 0.02 * owner.Resolution, 0.01, 0.2);
        int reopenContacts = rng.Chance(reopen) ? (rng.Chance(0.75) ? 1 : 2) : 0;
        bool stuck = rng.Chance(0.01 + 0.01 * topic.Difficulty);
        return new IssuePlan(contacts, escalate, reopenContacts, stuck);
    }
}
