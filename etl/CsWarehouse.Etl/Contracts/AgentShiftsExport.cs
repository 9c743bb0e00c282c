namespace CsWarehouse.Etl.Contracts;

/// <summary>agent_shifts.csv: one row per agent per day, the time logged in (for calls per hour).</summary>
public sealed class AgentShiftsExport : Export
{
    private static readonly Field AgentId = Field.Key("agent_id", required: true);
    private static readonly Field ShiftDate = Field.Date("shift_date", required: true, withKey: true);

    public AgentShiftsExport() : base("agent_shifts", "agent_shift",
    [
        AgentId,
        ShiftDate,
        Field.Integer("logged_in_seconds", required: true, min: 0, exclusive: true),
    ], [AgentId, ShiftDate]) { }
}
