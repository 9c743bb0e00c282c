using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Contracts;

/// <summary>calls.csv: one row per call, inbound or outbound.</summary>
public sealed class CallsExport : Export
{
    private static readonly Field CallId = Field.Key("call_id", required: true);
    private static readonly Field StartedAt = Field.Instant("started_at", required: true);
    private static readonly Field AnsweredAt = Field.Instant("answered_at");
    private static readonly Field EndedAt = Field.Instant("ended_at");

    public CallsExport() : base("calls", "call",
    [
        CallId,
        StartedAt,
        AnsweredAt,
        EndedAt,
        Field.Code("direction", allowed: ["inbound", "outbound"], orDefault: "inbound"),
        Field.Key("agent_id"),
        Field.Key("customer_id"),
        Field.Key("ticket_id"),
        Field.Text("topic"),
        Field.Integer("talk_seconds", min: 0),
        Field.Integer("hold_seconds", min: 0),
        Field.Integer("after_call_work_seconds", min: 0),
        Field.Boolean("resolved"),
    ], [CallId],
    [
        new ColumnLayout("wait_seconds", ValueKind.Int64),
    ]) { }

    public override void Check(ParsedRow row, LoadContext context)
    {
        row.ClampOrRejectIfBefore(AnsweredAt, StartedAt, context.Settings.ClockSkew);
        row.ClampOrRejectIfBefore(EndedAt, StartedAt, context.Settings.ClockSkew);
    }

    public override void Extend(ParsedRow row, LoadContext context, object?[] extras) =>
        extras[0] = row.SecondsBetween(StartedAt, AnsweredAt);
}
