using CsWarehouse.Generator.Customers;
using CsWarehouse.Generator.Randomness;

namespace CsWarehouse.Generator.Subscriptions;

/// <summary>What an active subscription does in a month, with odds shifted by the customer's memory of poor service.</summary>
internal static class SubscriptionOdds
{
    // Poor service multiplies the cancellation odds by e^(1.5 x memory) and the downgrade odds by
    // e^(0.7 x memory), and damps upgrades; a customer with a couple of bad issues is several times
    // likelier to leave than a content one.
    public static SubscriptionEvent Draw(Customer customer, double badService, Rng rng)
    {
        double u = rng.NextDouble();
        double cancel = Math.Min(0.4, customer.BaseChurn * Math.Exp(1.5 * badService));
        if ((u -= cancel) < 0) return SubscriptionEvent.Cancelled;
        if ((u -= 0.01 * Math.Exp(0.7 * badService)) < 0) return SubscriptionEvent.Downgraded;
        if ((u -= 0.022 * Math.Exp(-0.4 * badService)) < 0) return SubscriptionEvent.Upgraded;
        if ((u -= customer.Segment == "SMB" ? 0.01 : 0.04) < 0) return SubscriptionEvent.Expanded;
        return SubscriptionEvent.None;
    }
}
