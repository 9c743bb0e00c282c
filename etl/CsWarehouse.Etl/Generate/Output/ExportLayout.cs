namespace CsWarehouse.Etl.Generate.Output;

/// <summary>How the generator writes subscriptions: as periods, or as the nightly snapshots a billing tool exports.</summary>
public enum ExportLayout
{
    /// <summary>subscriptions.csv: one row per period of constant MRR.</summary>
    Canonical,

    /// <summary>A month-end series of subscription_snapshots_DATE.csv in the canonical snapshot columns.</summary>
    Snapshots,

    /// <summary>A month-end series of subscriptions_DATE.csv in the columns of Stripe's subscriptions export.</summary>
    Stripe,
}
