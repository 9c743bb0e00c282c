using static CsWarehouse.Tests.Kpi.KpiDataset;

namespace CsWarehouse.Tests.Kpi;

/// <summary>
/// The Customer Retention and Customer Support codes of one month, recomputed from the subscription periods, plans,
/// fx rates, costs and targets of <see cref="KpiDataset"/> as docs/kpi.md defines them.
/// </summary>
internal static class KpiExpectedFinance
{
    private static readonly string[] Customers = Subscriptions.Select(s => s.Customer).Distinct().ToArray();

    public static decimal? Value(string code, KpiScope s)
    {
        var month = s.First;
        var previous = month.AddMonths(-1);
        var moves = Customers.Select(c => (Now: Mrr(c, month), Before: Mrr(c, previous), Movement: Movement(c, month))).ToList();
        decimal Sum(string movement, Func<(decimal Now, decimal Before, string Movement), decimal> amount) =>
            moves.Where(m => m.Movement == movement).Sum(amount);
        decimal Count(string movement) => moves.Count(m => m.Movement == movement);
        decimal mrr = moves.Sum(m => m.Now), start = moves.Sum(m => m.Before);
        decimal end = moves.Count(m => m.Now > 0), startCount = moves.Count(m => m.Before > 0);
        var churnRate = KpiExpected.Ratio(Count("churn"), startCount);
        var arpa = KpiExpected.Ratio(mrr, end);
        return code switch
        {
            "mrr" or "revenue" => mrr,
            "mrr_start" => start,
            "new_mrr" => Sum("new", m => m.Now - m.Before),
            "reactivation_mrr" => Sum("reactivation", m => m.Now - m.Before),
            "expansion_mrr" => Sum("expansion", m => m.Now - m.Before),
            "contraction_mrr" => Sum("contraction", m => m.Before - m.Now),
            "churned_mrr" => Sum("churn", m => m.Before - m.Now),
            "net_new_mrr" => mrr - start,
            "mrr_growth_rate" => KpiExpected.Ratio(mrr - start, start),
            "customers_end" => end,
            "customers_start" => startCount,
            "new_customers" => Count("new"),
            "reactivated_customers" => Count("reactivation"),
            "churned_customers" => Count("churn"),
            "downgraded_customers" => Count("contraction"),
            "customer_churn_rate" => churnRate,
            "churn_and_downgrade_rate" => KpiExpected.Ratio(Count("churn") + Count("contraction"), startCount),
            "revenue_churn_rate" => KpiExpected.Ratio(Sum("churn", m => m.Before) + Sum("contraction", m => m.Before - m.Now), start),
            "net_mrr_retention" => KpiExpected.Ratio(start + Sum("expansion", m => m.Now - m.Before)
                - Sum("contraction", m => m.Before - m.Now) - Sum("churn", m => m.Before), start),
            "customer_retention_rate" => KpiExpected.Ratio(end - Count("new") - Count("reactivation"), startCount),
            "arpa" => arpa,
            "clv" => arpa is { } a && churnRate is { } r and not 0 ? a / r : null,
            "premium_rate" => KpiExpected.Ratio(Customers.Count(c => Mrr(c, month) > 0 && Covering(c, month).Any(p => Plans.Single(x => x.Id == p.Plan).IsPremium)), end),
            "loyal_rate" => KpiExpected.Ratio(Customers.Count(c => Mrr(c, month) > 0 && FirstActive(c) <= month.AddMonths(-12)), end),
            "support_cost" => Costs.Any(c => c.Month == Label(month)) ? Costs.Where(c => c.Month == Label(month)).Sum(c => c.Amount) : null,
            "support_cost_to_revenue" => Value("support_cost", s) is { } cost ? KpiExpected.Ratio(cost, mrr) : null,
            "cost_per_ticket" => Value("support_cost", s) is { } cost ? KpiExpected.Ratio(cost, KpiExpected.Created(s).Count()) : null,
            // The target stands beside cost_per_ticket: only in months with cost rows.
            "cost_per_ticket_target" => Value("support_cost", s) is null ? null
                : (Targets.FirstOrDefault(t => t.Month == Label(month)) ?? Targets.First(t => t.Month is null)).Value,
            _ => throw new ArgumentException($"no expectation written for KPI code '{code}'"),
        };
    }

    private static string Label(DateOnly month) => month.ToString("yyyy-MM");

    private static DateOnly LastDay(DateOnly month) => new DateOnly(month.Year, month.Month, 1).AddMonths(1).AddDays(-1);

    /// <summary>The periods covering the month's last day: started on or before it, ending after it (or never).</summary>
    private static IEnumerable<SubscriptionRow> Covering(string customer, DateOnly month) =>
        Subscriptions.Where(p => p.Customer == customer && p.StartedOn <= LastDay(month) && (p.EndedOn is null || LastDay(month) < p.EndedOn));

    /// <summary>The customer's MRR at the month's end, each period converted at the rate of its started_on month.</summary>
    private static decimal Mrr(string customer, DateOnly month) => Covering(customer, month).Sum(p => p.Mrr *
        (FxRates.FirstOrDefault(f => f.Currency == p.Currency && f.Month == Label(p.StartedOn))?.Rate ?? 1));

    private static DateOnly? FirstActive(string customer)
    {
        for (var month = new DateOnly(2024, 1, 1); month <= new DateOnly(2026, 12, 1); month = month.AddMonths(1))
            if (Mrr(customer, month) > 0) return month;
        return null;
    }

    private static string Movement(string customer, DateOnly month)
    {
        decimal now = Mrr(customer, month), before = Mrr(customer, month.AddMonths(-1));
        if (now > 0 && before == 0) return FirstActive(customer) < month.AddMonths(-1) ? "reactivation" : "new";
        if (now == 0 && before > 0) return "churn";
        return now > before && before > 0 ? "expansion" : now < before && now > 0 ? "contraction" : "none";
    }
}
