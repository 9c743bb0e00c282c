namespace CsWarehouse.Etl.Contracts;

/// <summary>plans.csv: one row per subscription plan.</summary>
public sealed class PlansExport : Export
{
    private static readonly Field PlanId = Field.Key("plan_id", required: true);

    public PlansExport() : base("plans", "subscription_plan",
    [
        PlanId,
        Field.Text("plan_name"),
        Field.Text("tier"),
        Field.Boolean("is_premium", orDefault: false),
    ], [PlanId]) { }
}
