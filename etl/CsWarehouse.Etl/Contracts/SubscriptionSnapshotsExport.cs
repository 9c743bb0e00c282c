using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Contracts;

/// <summary>
/// subscription_snapshots.csv: one row per subscription as a billing tool showed it on one day (the snapshot's date),
/// with its MRR or the price it is computed from. Snapshot after snapshot, the warehouse builds the subscription's
/// periods of constant MRR from them (warehouse/2_dimensions/0265–0280, the subscription fills).
/// </summary>
public sealed class SubscriptionSnapshotsExport : Export
{
    private static readonly Field SubscriptionId = Field.Key("subscription_id", required: true);
    private static readonly Field Status = Field.Code("status", required: true);
    private static readonly Field Currency = Field.Key("currency");
    private static readonly Field Mrr = Field.Decimal("mrr", min: 0);
    private static readonly Field UnitAmount = Field.Decimal("unit_amount", min: 0);
    private static readonly Field Quantity = Field.Integer("quantity", min: 0);
    private static readonly Field Interval = Field.Code("billing_interval", allowed: MonthlyAmount.Intervals);
    private static readonly Field IntervalCount = Field.Integer("interval_count", min: 1);
    private static readonly Field AmountUnit = Field.Code("amount_unit", allowed: [MonthlyAmount.Major, MonthlyAmount.Minor], orDefault: MonthlyAmount.Major);
    private static readonly Field StartedOn = Field.Date("started_on", required: true);
    private static readonly Field TrialEndOn = Field.Date("trial_end_on");
    private static readonly Field CanceledOn = Field.Date("canceled_on");
    private static readonly Field EndedOn = Field.Date("ended_on");

    public SubscriptionSnapshotsExport() : base("subscription_snapshots", "subscription_snapshot",
    [
        SubscriptionId,
        Field.Key("customer_id", required: true),
        Field.Key("plan_id"),
        Status,
        Currency,
        Mrr,
        UnitAmount,
        Quantity,
        Interval,
        IntervalCount,
        AmountUnit,
        StartedOn,
        TrialEndOn,
        CanceledOn,
        EndedOn,
    ], [SubscriptionId],
    [
        new ColumnLayout("snapshot_on", ValueKind.Date),
        new ColumnLayout("file_name", ValueKind.Text),
        new ColumnLayout("period_mrr", ValueKind.Decimal),
        new ColumnLayout("period_start", ValueKind.Date),
        new ColumnLayout("bears_mrr", ValueKind.Int32),
        new ColumnLayout("is_open", ValueKind.Int32),
        new ColumnLayout("is_ended", ValueKind.Int32),
        new ColumnLayout("end_on", ValueKind.Date),
    ]) { }

    /// <summary>A key is one subscription in one file: several files of several days load in one run.</summary>
    public override IReadOnlyList<string> FileScopedKey => ["file_name"];

    public override void Check(ParsedRow row, LoadContext context)
    {
        row.NormalizeCurrency(Currency, context);
        row.Values[Quantity.Ordinal] ??= 1;
        row.Values[IntervalCount.Ordinal] ??= 1;
        if (SnapshotStatus.Normalize(row.Text(Status)!) is { } status) row.Values[Status.Ordinal] = status;
        else row.Reject(Status, $"must be one of {string.Join(", ", SnapshotStatus.All)}");
        if (!row.Has(Mrr))
        {
            if (!row.Has(UnitAmount)) row.Reject(UnitAmount, "is required when mrr is empty: give the MRR or the price it is computed from");
            else if (!row.Has(Interval)) row.Reject(Interval, "is required to compute the MRR from unit_amount");
        }
        var start = row.Get<DateOnly>(StartedOn)!.Value;
        if (row.Get<DateOnly>(EndedOn) is { } end && end < start)
            row.Reject(EndedOn, $"is before started_on ({row.Texts[StartedOn.Ordinal]}): a subscription cannot end before it starts");
        if (row.Get<DateOnly>(TrialEndOn) is { } trialEnd && trialEnd < start)
            row.Reject(TrialEndOn, $"is before started_on ({row.Texts[StartedOn.Ordinal]}): a trial cannot end before the subscription starts");
        // A new period starts at the subscription's start (first sighting) or on the snapshot day (a change), and
        // converts at that month's rate for its whole life: both rates must be known.
        row.RejectIfNotConvertible(Currency, Mrr, context, LoadContext.MonthKey(PeriodStart(row)));
        if (row.IsValid) row.RejectIfNotConvertible(Currency, Mrr, context, LoadContext.MonthKey(context.FileAsOf));
    }

    public override void Extend(ParsedRow row, LoadContext context, object?[] extras)
    {
        var currency = row.CurrencyOrReporting(Currency, context);
        var unit = row.Text(AmountUnit)!;
        var mrr = row.Get<decimal>(Mrr) is { } given
            ? MonthlyAmount.Round(MonthlyAmount.InMajorUnits(given, currency, unit))
            : MonthlyAmount.Of(row.Get<decimal>(UnitAmount)!.Value, row.Get<int>(Quantity)!.Value, row.Text(Interval)!,
                row.Get<int>(IntervalCount)!.Value, currency, unit);
        var status = row.Text(Status)!;
        var snapshotOn = context.FileAsOf;
        var endedOn = row.Get<DateOnly>(EndedOn);
        var isEnded = SnapshotStatus.IsEnded(status) || endedOn <= snapshotOn;
        var bears = SnapshotStatus.BearsMrr(status);
        var periodStart = PeriodStart(row);
        extras[0] = snapshotOn;
        extras[1] = context.FileName;
        extras[2] = mrr;
        extras[3] = periodStart;
        extras[4] = bears ? 1 : 0;
        extras[5] = bears && !isEnded ? 1 : 0;
        extras[6] = isEnded ? 1 : 0;
        extras[7] = isEnded ? endedOn ?? row.Get<DateOnly>(CanceledOn) ?? snapshotOn : null;
    }

    /// <summary>MRR counts from the end of a trial, as subscription-analytics tools count it.</summary>
    private static DateOnly PeriodStart(ParsedRow row)
    {
        var start = row.Get<DateOnly>(StartedOn)!.Value;
        return row.Get<DateOnly>(TrialEndOn) is { } trialEnd && trialEnd > start ? trialEnd : start;
    }
}
