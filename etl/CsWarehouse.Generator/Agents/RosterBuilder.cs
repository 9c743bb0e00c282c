using System.Globalization;
using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Randomness;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Agents;

/// <summary>Builds the agent roster: about one agent per 25 customers, skills, hires, leavers and team moves.</summary>
internal static class RosterBuilder
{
    public const int CustomersPerAgent = 25;
    public const int MinimumAgents = 8;

    public static Agent[] Build(int customers, ExportPeriod period, Rng rng)
    {
        int count = Math.Max(MinimumAgents, (int)Math.Round(customers / (double)CustomersPerAgent));
        int billing = Math.Max(1, count / 5), tier2 = Math.Max(2, count / 4);
        int span = period.EndDay - period.FirstDay;
        var agents = new Agent[count];
        for (int i = 0; i < count; i++)
        {
            var team = i < billing ? Team.Billing : i < billing + tier2 ? Team.Tier2 : Team.Tier1;
            // The first MinimumAgents are the core who stay the whole period, so every team is always staffed.
            bool core = i < MinimumAgents || rng.Chance(0.85);
            int hired = core
                ? period.FirstDay - 30 - (int)rng.Exponential(700)
                : period.FirstDay + rng.Next(Math.Max(1, span * 6 / 10));
            double tenureYears = (period.FirstDay + span / 2 - hired) / 365.0;
            double general = rng.Normal() + 0.3 * Math.Min(tenureYears, 3) - 0.45 + (team == Team.Tier2 ? 0.4 : 0);
            agents[i] = new Agent
            {
                Index = i,
                Id = string.Create(CultureInfo.InvariantCulture, $"A{i + 1:D4}"),
                Name = Names.Person(rng.Chance(0.8) ? Language.Vietnamese : rng.Chance(0.5) ? Language.Thai : Language.English, rng),
                StartTeam = team,
                FinalTeam = team,
                HiredDay = hired,
                PartTime = !core && rng.Chance(0.3),
                SalaryFactor = 0.9 + 0.25 * rng.NextDouble(),
                Resolution = 0.75 * general + 0.66 * rng.Normal(),
                Handling = 0.6 * general + 0.8 * rng.Normal(),
                Speed = 0.6 * general + 0.8 * rng.Normal(),
                Rapport = 0.7 * general + 0.7 * rng.Normal(),
            };
            if (i >= MinimumAgents && rng.Chance(0.06))
            {
                int left = Math.Max(hired + 60, period.FirstDay + 1 + rng.Next(span));
                if (left < period.EndDay) agents[i].LeftDay = left;
            }
        }
        MoveSomeTeams(agents, period, rng);
        return agents;
    }

    // About one agent in ten moves team mid-period: Tier 1 people get promoted to Tier 2 or move to Billing.
    private static void MoveSomeTeams(Agent[] agents, ExportPeriod period, Rng rng)
    {
        int span = period.EndDay - period.FirstDay;
        int moves = Math.Max(1, agents.Length / 10);
        for (int i = agents.Length - 1; i >= 0 && moves > 0; i--)
        {
            var agent = agents[i];
            if (agent.StartTeam != Team.Tier1 || agent.HiredDay >= period.FirstDay || agent.LeftDay is not null) continue;
            agent.FinalTeam = rng.Chance(0.6) ? Team.Tier2 : Team.Billing;
            agent.TeamChangeDay = period.FirstDay + Math.Max(1, span * 3 / 10 + rng.Next(Math.Max(1, span * 5 / 10)));
            moves--;
        }
    }
}
