namespace CsWarehouse.Generator.Subscriptions;

/// <summary>One period of a generated subscription, as subscriptions.csv holds it.</summary>
internal sealed record SubscriptionPeriodRow(
    string SubscriptionId, string CustomerId, string PlanId, decimal Mrr, string Currency, DateOnly StartedOn, DateOnly? EndedOn);

/// <summary>A subscription as a snapshot on one day shows it, with its price written one of several ways.</summary>
internal sealed record SnapshotRow(
    string SubscriptionId, string CustomerId, string PlanId, string Status, string Currency, SnapshotPrice Price,
    DateOnly StartedOn, DateOnly? TrialEndOn, DateOnly? EndedOn);

/// <summary>A price: amount per unit per interval, the units, and whether the amount is in minor units.</summary>
internal sealed record SnapshotPrice(decimal UnitAmount, int Quantity, string Interval, int IntervalCount, bool Minor);
