using CsWarehouse.Generator.Output;

namespace CsWarehouse.Generator.Catalog;

/// <summary>Writes plans.csv; is_premium uses yes/no, one of the boolean spellings the contract accepts.</summary>
internal static class PlanWriter
{
    public static void Write(CsvTable table)
    {
        foreach (var plan in Plans.All)
        {
            table.Row.Text(plan.Id).Text(plan.Name).Text(plan.Tier).Bool(plan.IsPremium, "yes", "no");
            table.Commit();
        }
    }
}
