using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Contracts;

/// <summary>subscriptions.csv: one row per period of constant MRR of a subscription.</summary>
public sealed class SubscriptionsExport : Export
{
    private static readonly Field SubscriptionId = Field.Key("subscription_id", required: true);
    private static readonly Field Mrr = Field.Decimal("mrr", required: true, min: 0);
    private static readonly Field Currency = Field.Key("currency");
    private static readonly Field StartedOn = Field.Date("started_on", required: true);
    private static readonly Field EndedOn = Field.Date("ended_on");

    public SubscriptionsExport() : base("subscriptions", "subscription",
    [
        SubscriptionId,
        Field.Key("customer_id", required: true),
        Field.Key("plan_id"),
        Mrr,
        Currency,
        StartedOn,
        EndedOn,
    ], [SubscriptionId, StartedOn],
    [
        // The month whose rate converts the period (its first), for the period fill to convert at.
        new ColumnLayout("rate_month_key", ValueKind.Int32),
    ]) { }

    public override void Check(ParsedRow row, LoadContext context)
    {
        row.NormalizeCurrency(Currency, context);
        if (row.Get<DateOnly>(EndedOn) is { } end && row.Get<DateOnly>(StartedOn) is { } start && end < start)
            row.Reject(EndedOn, $"is before started_on ({row.Texts[StartedOn.Ordinal]}): a period cannot be negative");
        // The period's whole life converts at the rate of its first month, so fx moves never look like expansion.
        if (row.Get<DateOnly>(StartedOn) is { } first)
            row.RejectIfNotConvertible(Currency, Mrr, context, LoadContext.MonthKey(first));
    }

    public override void Extend(ParsedRow row, LoadContext context, object?[] extras) =>
        extras[0] = LoadContext.MonthKey(row.Get<DateOnly>(StartedOn)!.Value);
}
