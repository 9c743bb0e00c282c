using System.Globalization;

namespace CsWarehouse.Tests.Revenue;

/// <summary>
/// The dbt mrr-playbook's own logic, ported line by line from its models over the raw seed, independent of the
/// warehouse SQL: customer_revenue_by_month (a month spine from the customer's first start month to the month before
/// the last end month; a period counts in a month when start_date &lt;= month &lt; end_date), customer_churn_month
/// (one extra row after the last active month) and mrr (the change_category case). Its 2018 spine start is left out.
/// The seed's dates are all 1st-of-month, so its first-day test picks the same months as our last-day rule.
/// </summary>
public static class PlaybookReference
{
    public sealed record Period(string CustomerId, DateOnly StartDate, DateOnly EndDate, decimal MonthlyAmount);

    public sealed record Month(string CustomerId, DateOnly DateMonth, decimal Mrr, decimal PreviousMrr, string? ChangeCategory);

    public static List<Period> Read(string csvPath) =>
        File.ReadAllLines(csvPath).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Select(f => new Period(f[1], DateOnly.Parse(f[2], CultureInfo.InvariantCulture),
                DateOnly.Parse(f[3], CultureInfo.InvariantCulture), decimal.Parse(f[4], CultureInfo.InvariantCulture)))
            .ToList();

    public static List<Month> Classify(IEnumerable<Period> periods)
    {
        var months = new List<Month>();
        foreach (var customer in periods.GroupBy(p => p.CustomerId))
        {
            // customer_revenue_by_month: one row per month in [first start month, last end month).
            var first = customer.Min(p => p.StartDate);
            var last = customer.Max(p => p.EndDate);
            var revenue = new List<(DateOnly Month, decimal Mrr)>();
            for (var month = first; month < last; month = month.AddMonths(1))
                revenue.Add((month, customer.Where(p => p.StartDate <= month && month < p.EndDate).Sum(p => p.MonthlyAmount)));
            var firstActive = revenue.Where(r => r.Mrr > 0).Min(r => r.Month);
            var lastActive = revenue.Where(r => r.Mrr > 0).Max(r => r.Month);
            // customer_churn_month: the month after the last active one, with no revenue.
            revenue.Add((lastActive.AddMonths(1), 0m));

            // mrr: previous month by lag, then the change_category case in the playbook's order.
            var previousMrr = 0m;
            var previousActive = false;
            foreach (var (month, mrr) in revenue)
            {
                var active = mrr > 0;
                var change = mrr - previousMrr;
                string? category =
                    month == firstActive ? "new"
                    : !active && previousActive ? "churn"
                    : active && !previousActive ? "reactivation"
                    : change > 0 ? "upgrade"
                    : change < 0 ? "downgrade"
                    : null;
                months.Add(new Month(customer.Key, month, mrr, previousMrr, category));
                previousMrr = mrr;
                previousActive = active;
            }
        }
        return months;
    }

    /// <summary>The warehouse's name for a playbook change_category (its upgrade/downgrade are our expansion/contraction).</summary>
    public static string OurMovement(string? changeCategory) => changeCategory switch
    {
        "upgrade" => "expansion",
        "downgrade" => "contraction",
        null => "none",
        _ => changeCategory,
    };
}
