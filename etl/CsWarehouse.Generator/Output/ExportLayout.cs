namespace CsWarehouse.Generator.Output;

/// <summary>The columns a month-end subscription snapshot series is written in.</summary>
public enum ExportLayout
{
    /// <summary>subscription_snapshots_DATE.csv in the canonical snapshot columns.</summary>
    Snapshots,

    /// <summary>subscriptions_DATE.csv in the columns of Stripe's subscriptions export.</summary>
    Stripe,
}
