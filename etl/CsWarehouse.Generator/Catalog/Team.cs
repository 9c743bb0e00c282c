namespace CsWarehouse.Generator.Catalog;

/// <summary>The support teams; Tier 2 takes escalations, Billing takes money questions.</summary>
internal enum Team
{
    Tier1,
    Tier2,
    Billing,
}

/// <summary>Display names of the teams as they appear in agents.csv and support_costs.csv.</summary>
internal static class Teams
{
    public static readonly Team[] All = [Team.Tier1, Team.Tier2, Team.Billing];

    public static string Name(Team team) => team switch
    {
        Team.Tier1 => "Tier 1",
        Team.Tier2 => "Tier 2",
        _ => "Billing",
    };

    /// <summary>Monthly salary of one full-time agent, in VND, before the agent's own factor.</summary>
    public static long MonthlySalaryVnd(Team team) => team switch
    {
        Team.Tier1 => 18_000_000,
        Team.Tier2 => 27_000_000,
        _ => 22_000_000,
    };
}
