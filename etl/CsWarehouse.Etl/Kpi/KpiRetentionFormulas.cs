using static CsWarehouse.Etl.Kpi.KpiComponents;

namespace CsWarehouse.Etl.Kpi;

/// <summary>The Customer Retention codes: one month's stocks and movements from kpi.retention_monthly, and their ratios.</summary>
internal static class KpiRetentionFormulas
{
    private static readonly string[] Read =
    [
        "mrr", "mrr_start", "new_mrr", "reactivation_mrr", "expansion_mrr", "contraction_mrr", "churned_mrr", "net_new_mrr",
        "customers_end", "customers_start", "new_customers", "reactivated_customers", "churned_customers", "downgraded_customers",
    ];

    public static IEnumerable<KpiFormula> All(KpiSource retention)
    {
        KpiFormula F(string code, Func<KpiComponents, decimal?> compute) => new(code, [retention], compute);

        foreach (var code in Read.Take(8)) yield return F(code, c => c.Value(code));
        yield return F("mrr_growth_rate", c => Ratio(c.Value("net_new_mrr"), c.Value("mrr_start")));
        foreach (var code in Read.Skip(8)) yield return F(code, c => c.Value(code));
        yield return F("customer_churn_rate", ChurnRate);
        yield return F("churn_and_downgrade_rate", c => Ratio(c.Value("churned_customers") + c.Value("downgraded_customers"), c.Value("customers_start")));
        yield return F("revenue_churn_rate", c => Ratio(c.Value("churned_mrr") + c.Value("contraction_mrr"), c.Value("mrr_start")));
        yield return F("net_mrr_retention", c => Ratio(
            c.Value("mrr_start") + c.Value("expansion_mrr") - c.Value("contraction_mrr") - c.Value("churned_mrr"), c.Value("mrr_start")));
        yield return F("customer_retention_rate", c => Ratio(
            c.Value("customers_end") - c.Value("new_customers") - c.Value("reactivated_customers"), c.Value("customers_start")));
        yield return F("arpa", Arpa);
        // The churn rate over the selected months is Σ churned ÷ Σ customers_start (one month: that month's rate). Null when nobody churned.
        yield return F("clv", c => Ratio(Arpa(c), Ratio(c.Value("churned_customers"), c.Value("customers_start_summed"))));
        yield return F("premium_rate", c => Ratio(c.Value("premium_customers"), c.Value("customers_end")));
        yield return F("loyal_rate", c => Ratio(c.Value("loyal_customers"), c.Value("customers_end")));
    }

    private static decimal? Arpa(KpiComponents c) => Ratio(c.Value("mrr"), c.Value("customers_end"));

    private static decimal? ChurnRate(KpiComponents c) => Ratio(c.Value("churned_customers"), c.Value("customers_start"));
}
