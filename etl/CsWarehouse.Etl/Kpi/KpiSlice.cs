namespace CsWarehouse.Etl.Kpi;

/// <summary>What one row of a KPI report stands for: a month, a day, an agent, a channel, a topic, or the whole range (one row).</summary>
public enum KpiSlice
{
    Month,
    Day,
    Agent,
    Channel,
    Topic,
    Total,
}
