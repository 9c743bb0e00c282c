namespace CsWarehouse.Etl.Contracts;

/// <summary>agents.csv: one row per agent; a changed team becomes a new version in dw.dim_agent.</summary>
public sealed class AgentsExport : Export
{
    private static readonly Field AgentId = Field.Key("agent_id", required: true);

    public AgentsExport() : base("agents", "agent",
    [
        AgentId,
        Field.Text("agent_name", required: true),
        Field.Text("team"),
        Field.Text("email"),
        Field.Date("hired_on"),
        Field.Date("left_on"),
    ], [AgentId]) { }
}
