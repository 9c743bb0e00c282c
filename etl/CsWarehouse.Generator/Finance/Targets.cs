using CsWarehouse.Generator.Agents;
using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Output;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Finance;

/// <summary>Writes targets.csv: a default target per KPI and tighter targets for the last months.</summary>
internal static class Targets
{
    public static void Write(Agent[] agents, int customers, ExportPeriod period, CsvTable table)
    {
        decimal costPerTicket = ExpectedCostPerTicketUsd(agents, customers, period);
        Row(table, "cost_per_ticket", null, costPerTicket);
        Row(table, "fcr_rate", null, 0.70m);
        Row(table, "csat_rate", null, 0.80m);
        Row(table, "avg_first_response_seconds", null, 7200m);
        foreach (var month in period.Months.Skip(Math.Max(0, period.Months.Length - 3)))
        {
            Row(table, "cost_per_ticket", month, Math.Round(costPerTicket * 0.9m, 2));
            Row(table, "fcr_rate", month, 0.72m);
        }
    }

    // About what a month costs divided by about how many tickets it brings, rounded to a tidy figure.
    private static decimal ExpectedCostPerTicketUsd(Agent[] agents, int customers, ExportPeriod period)
    {
        int mid = period.Months[0].FirstDay + 14;
        double salariesUsd = Teams.All.Sum(t => SupportCosts.MonthlySalariesVnd(agents, t, mid)) * FxRates.VndStartRate;
        double tools = SupportCosts.ToolsFixedUsd + SupportCosts.ToolsPerAgentUsd * agents.Count(a => a.EmployedOn(mid));
        double perTicket = (salariesUsd + tools) / Math.Max(1, customers * 0.9);
        return Math.Round((decimal)perTicket * 2, MidpointRounding.AwayFromZero) / 2;
    }

    private static void Row(CsvTable table, string kpi, MonthSlot? month, decimal value)
    {
        table.Row.Text(kpi);
        if (month is null) table.Row.Empty();
        else table.Row.Month(month.Year, month.Month);
        table.Row.Fixed((long)(value * 100), 2);
        table.Commit();
    }
}
