using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Contracts;

/// <summary>support_costs.csv: one row per month, category and team.</summary>
public sealed class SupportCostsExport : Export
{
    private static readonly Field Month = Field.Month("month", required: true);
    private static readonly Field Category = Field.Text("category", required: true);
    private static readonly Field Team = Field.Text("team");
    private static readonly Field Amount = Field.Decimal("amount", required: true, min: 0);
    private static readonly Field Currency = Field.Key("currency");

    public SupportCostsExport() : base("support_costs", "support_cost",
        [Month, Category, Team, Amount, Currency], [Month, Category, Team]) { }

    public override void Check(ParsedRow row, LoadContext context)
    {
        row.NormalizeCurrency(Currency, context);
        if (row.Get<DateOnly>(Month) is { } month)
            row.RejectIfNotConvertible(Currency, Amount, context, LoadContext.MonthKey(month));
    }
}
