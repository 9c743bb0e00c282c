using CsWarehouse.Etl.Kpi;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Contracts;

/// <summary>targets.csv: one row per KPI code and month; an empty month is the default for every month.</summary>
public sealed class TargetsExport : Export
{
    private static readonly Field KpiCode = Field.Key("kpi", required: true);
    private static readonly Field Month = Field.Month("month");

    public TargetsExport() : base("targets", "target",
        [KpiCode, Month, Field.Decimal("value", required: true)], [KpiCode, Month]) { }

    public override void Check(ParsedRow row, LoadContext context)
    {
        if (row.Text(KpiCode) is { } code && !KpiCodes.IsKnown(code))
            row.Reject(KpiCode, "is not a KPI code of the KPI dictionary (e.g. cost_per_ticket, fcr_rate, csat_rate)");
    }
}
