using CsWarehouse.Generator.Catalog;

namespace CsWarehouse.Generator.Agents;

/// <summary>One support agent: employment, team history and skills (each skill is a z-score, 0 = average).</summary>
internal sealed class Agent
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required Team StartTeam { get; init; }
    public Team FinalTeam { get; set; }
    /// <summary>First day in <see cref="FinalTeam"/>; null when the agent never moved.</summary>
    public int? TeamChangeDay { get; set; }
    public required int HiredDay { get; init; }
    public int? LeftDay { get; set; }
    public bool PartTime { get; init; }
    public double SalaryFactor { get; init; } = 1.0;

    /// <summary>Raises the odds of resolving on the first contact.</summary>
    public double Resolution { get; init; }

    /// <summary>Shortens talk, hold and wrap-up time.</summary>
    public double Handling { get; init; }

    /// <summary>Shortens reply delays.</summary>
    public double Speed { get; init; }

    /// <summary>Lifts the scores customers give.</summary>
    public double Rapport { get; init; }

    public string Email => $"{Id.ToLowerInvariant()}@support.cswh.example";

    public double HandleFactor => Math.Exp(-0.22 * Handling);

    public double ReplyFactor => Math.Exp(-0.45 * Speed);

    public Team TeamOn(int day) => TeamChangeDay is { } change && day >= change ? FinalTeam : StartTeam;

    public bool EmployedOn(int day) => day >= HiredDay && (LeftDay is not { } left || day < left);
}
