namespace CsWarehouse.Generator.Subscriptions;

/// <summary>What happened to a subscription in a month.</summary>
internal enum SubscriptionEvent
{
    None,
    Started,
    Cancelled,
    Downgraded,
    Upgraded,
    Expanded,
    Reactivated,
}
