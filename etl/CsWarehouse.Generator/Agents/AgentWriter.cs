using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Output;

namespace CsWarehouse.Generator.Agents;

/// <summary>Writes agents.csv as the roster ends the period, and the roster as it was at the start.</summary>
internal static class AgentWriter
{
    public static void WriteFinal(Agent[] agents, CsvTable table)
    {
        foreach (var agent in agents)
        {
            table.Row.Text(agent.Id).Text(agent.Name).Text(Teams.Name(agent.FinalTeam)).Text(agent.Email)
                .Date(agent.HiredDay).Date(agent.LeftDay);
            table.Commit();
        }
    }

    /// <summary>Only agents already hired, in their first team, none yet gone: loading this folder first gives team history.</summary>
    public static void WriteAtStart(Agent[] agents, int firstDay, CsvTable table)
    {
        foreach (var agent in agents.Where(a => a.HiredDay < firstDay))
        {
            table.Row.Text(agent.Id).Text(agent.Name).Text(Teams.Name(agent.StartTeam)).Text(agent.Email)
                .Date(agent.HiredDay).Empty();
            table.Commit();
        }
    }
}
