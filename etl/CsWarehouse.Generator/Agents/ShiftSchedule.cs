using System.Collections;
using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Output;
using CsWarehouse.Generator.Randomness;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Agents;

/// <summary>Who works which day, by team; built day by day while agent_shifts.csv is written.</summary>
internal sealed class ShiftSchedule
{
    private const int MinimumPerTeam = 2;
    private readonly Agent[] _agents;
    private readonly int _firstDay;
    private readonly int[][][] _working; // [day][team] -> agent indexes
    private readonly BitArray[] _onShift; // [day] -> by agent index

    private ShiftSchedule(Agent[] agents, int firstDay, int[][][] working, BitArray[] onShift)
    {
        _agents = agents;
        _firstDay = firstDay;
        _working = working;
        _onShift = onShift;
    }

    public static ShiftSchedule Write(Agent[] agents, ExportPeriod period, CsvTable shifts, Rng rng)
    {
        int days = period.EndDay - period.FirstDay;
        var working = new int[days][][];
        var shiftDays = new BitArray[days];
        var onShift = new bool[agents.Length];
        var teams = new List<int>[Teams.All.Length];
        for (int t = 0; t < teams.Length; t++) teams[t] = [];
        for (int d = 0; d < days; d++)
        {
            int day = period.FirstDay + d;
            foreach (var list in teams) list.Clear();
            int weekday = CivilDate.Weekday(day);
            // Weekdays everyone works unless off sick or on leave; a rota covers the weekend.
            double attendance = weekday < 5 ? 0.96 : weekday == 5 ? 0.35 : 0.2;
            foreach (var agent in agents)
            {
                onShift[agent.Index] = agent.EmployedOn(day) && rng.Chance(attendance);
                if (onShift[agent.Index]) teams[(int)agent.TeamOn(day)].Add(agent.Index);
            }
            // Top up thin teams in roster order, so no queue is ever left without anyone.
            foreach (var agent in agents)
            {
                var list = teams[(int)agent.TeamOn(day)];
                if (onShift[agent.Index] || !agent.EmployedOn(day) || list.Count >= MinimumPerTeam) continue;
                onShift[agent.Index] = true;
                list.Add(agent.Index);
            }
            foreach (var agent in agents)
            {
                if (!onShift[agent.Index]) continue;
                double hours = agent.PartTime ? rng.LogNormal(4.5, 0.1) : rng.LogNormal(7.6, 0.07);
                shifts.Row.Text(agent.Id).Date(day).Int((long)Math.Round(hours * 3600));
                shifts.Commit();
            }
            working[d] = teams.Select(list => list.ToArray()).ToArray();
            shiftDays[d] = new BitArray(onShift);
        }
        return new ShiftSchedule(agents, period.FirstDay, working, shiftDays);
    }

    /// <summary>An agent of the team on shift that day; another team's agent if the team has nobody.</summary>
    public Agent Pick(int day, Team team, Rng rng)
    {
        var today = _working[Math.Clamp(day - _firstDay, 0, _working.Length - 1)];
        var list = today[(int)team];
        if (list.Length == 0) list = today[(int)Team.Tier1];
        if (list.Length == 0) list = today.SelectMany(l => l).ToArray();
        return list.Length == 0 ? _agents[rng.Next(_agents.Length)] : _agents[list[rng.Next(list.Length)]];
    }

    public bool IsWorking(Agent agent, int day)
    {
        int d = day - _firstDay;
        return d >= 0 && d < _onShift.Length && _onShift[d][agent.Index];
    }
}
