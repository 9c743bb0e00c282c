using CsWarehouse.Generator.Agents;
using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Output;
using CsWarehouse.Generator.Randomness;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Finance;

/// <summary>Writes support_costs.csv: salaries per team in VND, tools in USD, outsourcing in busy months.</summary>
internal static class SupportCosts
{
    public const long ToolsPerAgentUsd = 45;
    public const long ToolsFixedUsd = 1_200;

    public static void Write(Agent[] agents, ExportPeriod period, CsvTable table, Rng rng)
    {
        foreach (var month in period.Months)
        {
            int mid = month.FirstDay + month.Days / 2;
            foreach (var team in Teams.All)
            {
                long salaries = MonthlySalariesVnd(agents, team, mid);
                if (salaries == 0) continue;
                table.Row.Month(month.Year, month.Month).Text("salaries").Text(Teams.Name(team)).Fixed(salaries * 100, 2).Text("VND");
                table.Commit();
            }
            int headcount = agents.Count(a => a.EmployedOn(mid));
            long tools = ToolsFixedUsd + ToolsPerAgentUsd * headcount + rng.Next(200);
            table.Row.Month(month.Year, month.Month).Text("tools").Empty().Fixed(tools * 100, 2).Text(FxRates.Reporting);
            table.Commit();
            // Peak months buy extra Tier 1 capacity from an outsourcing partner (currency left to the default).
            if (month.Season < 1.1) continue;
            long outsourcing = (long)(headcount * 180 * month.Season) * 100 + rng.Next(100);
            table.Row.Month(month.Year, month.Month).Text("outsourcing").Text(Teams.Name(Team.Tier1)).Fixed(outsourcing, 2).Empty();
            table.Commit();
        }
    }

    public static long MonthlySalariesVnd(Agent[] agents, Team team, int day)
    {
        double total = 0;
        foreach (var agent in agents)
            if (agent.EmployedOn(day) && agent.TeamOn(day) == team)
                total += Teams.MonthlySalaryVnd(team) * agent.SalaryFactor * (agent.PartTime ? 0.55 : 1.0);
        return (long)Math.Round(total / 1000) * 1000;
    }
}
