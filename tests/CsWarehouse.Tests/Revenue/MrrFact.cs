using System.Globalization;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Revenue;

/// <summary>One row of dw.fact_customer_mrr as the tests read it (plan by its business id).</summary>
public sealed record MrrRow(
    string CustomerId, int MonthKey, string? PlanId, string? Currency, decimal? OriginalMrr, decimal Mrr,
    decimal PreviousMrr, decimal MrrChange, string Movement, int IsPremium, int IsLoyal, int FirstActiveMonthKey, int RunId)
{
    /// <summary>"202602 expansion 150": month, movement and MRR, the way the hand-worked cases are written.</summary>
    public string Line => string.Create(CultureInfo.InvariantCulture, $"{MonthKey} {Movement} {Mrr:0.####}");
}

/// <summary>Loads subscriptions into a new warehouse and reads dw.fact_customer_mrr back, ordered by customer and month.</summary>
public static class MrrFact
{
    /// <summary>A new warehouse with subscriptions.csv (and any other files) loaded as of a day, without rejects.</summary>
    public static TestWarehouse Load(EngineKind engine, string subscriptions, DateOnly asOf, params (string File, string Csv)[] more) =>
        TestWarehouse.CreateLoaded(engine, new LoadSettings { AsOf = asOf }, [("subscriptions.csv", subscriptions), .. more]);

    public static List<MrrRow> Rows(WarehouseTarget target, string? customerId = null) =>
        WarehouseSnapshot.Query(target, $"""
            select f.customer_id, f.month_key, p.plan_id, f.currency, f.original_mrr, f.mrr, f.previous_mrr, f.mrr_change,
                   f.movement, f.is_premium, f.is_loyal, f.first_active_month_key, f.run_id
            from dw.fact_customer_mrr f
            left join dw.dim_plan p on p.plan_key = f.plan_key
            {(customerId is null ? "" : $"where f.customer_id = '{customerId}'")}
            order by f.customer_id, f.month_key
            """)
            .Select(r => new MrrRow(
                (string)r["customer_id"]!, Convert.ToInt32(r["month_key"]), (string?)r["plan_id"], (string?)r["currency"],
                r["original_mrr"] is null ? null : Convert.ToDecimal(r["original_mrr"]), Convert.ToDecimal(r["mrr"]),
                Convert.ToDecimal(r["previous_mrr"]), Convert.ToDecimal(r["mrr_change"]), (string)r["movement"]!,
                Convert.ToInt32(r["is_premium"]), Convert.ToInt32(r["is_loyal"]), Convert.ToInt32(r["first_active_month_key"]),
                Convert.ToInt32(r["run_id"])))
            .ToList();

    /// <summary>The customer's months as <see cref="MrrRow.Line"/> text.</summary>
    public static List<string> Lines(WarehouseTarget target, string customerId) =>
        Rows(target, customerId).Select(r => r.Line).ToList();
}
