using CsWarehouse.Tests.Profiles;

namespace CsWarehouse.Tests.Billing;

/// <summary>
/// Billing exports in their vendors' own columns, invented values. The Stripe series is <see cref="SnapshotSeries"/>
/// as the dashboard would have exported it; the Chargebee pair has a seat expansion, a trial and an early cancellation.
/// </summary>
public static class BillingExportFixtures
{
    public const string StripeHeader =
        "id, Customer ID, Customer Name, Customer Email, Plan, Product, Quantity, Currency, Interval, Amount, Status, Cancellation Reason, Created (UTC), Start (UTC), Start Date (UTC), Current Period Start (UTC), Current Period End (UTC), Trial Start (UTC), Trial End (UTC), Canceled At (UTC), Ended At (UTC)";

    private static Dictionary<string, string> Stripe(string id, string customer, string plan, string quantity, string currency,
        string interval, string amount, string status, string start, string? trialEnd = null, string? ended = null)
    {
        var row = new Dictionary<string, string>
        {
            ["id"] = id, ["Customer ID"] = customer, ["Customer Name"] = $"Customer {customer}", ["Plan"] = plan,
            ["Quantity"] = quantity, ["Currency"] = currency, ["Interval"] = interval, ["Amount"] = amount, ["Status"] = status,
            ["Created (UTC)"] = start, ["Start Date (UTC)"] = start,
        };
        if (trialEnd is not null) row["Trial End (UTC)"] = trialEnd;
        if (ended is not null)
        {
            row["Canceled At (UTC)"] = ended;
            row["Ended At (UTC)"] = ended;
        }
        return row;
    }

    private static Dictionary<string, string> StripeS2() =>
        Stripe("S2", "C2", "vnd_basic", "1", "vnd", "month", "500000", "active", "2026-01-05 03:10", trialEnd: "2026-01-20 03:10");

    private static Dictionary<string, string> StripeS3() =>
        Stripe("S3", "C3", "team_yearly", "3", "usd", "year", "1200.00", "active", "2025-12-01 09:00");

    public static string StripeOnJanuary() => VendorCsv.Build(StripeHeader,
        Stripe("S1", "C1", "basic", "1", "usd", "month", "50.00", "active", "2026-01-10 14:22"), StripeS2(), StripeS3());

    public static string StripeOnFebruary() => VendorCsv.Build(StripeHeader,
        Stripe("S1", "C1", "pro", "2", "usd", "month", "40.00", "active", "2026-01-10 14:22"), StripeS2(), StripeS3());

    public static string StripeOnMarch() => VendorCsv.Build(StripeHeader,
        Stripe("S1", "C1", "pro", "2", "usd", "month", "40.00", "canceled", "2026-01-10 14:22", ended: "2026-03-15 00:00"),
        StripeS2(), StripeS3());

    public const string ChargebeeHeader =
        "subscriptions.id, subscriptions.plan_id, subscriptions.plan_quantity, subscriptions.plan_unit_price, subscriptions.status, subscriptions.start_date, subscriptions.trial_start, subscriptions.trial_end, subscriptions.current_term_start, subscriptions.current_term_end, subscriptions.remaining_billing_cycles, subscriptions.created_at, subscriptions.started_at, subscriptions.cancelled_at, subscriptions.pause_date, subscriptions.resume_date, customers.id, addresses.first_name, addresses.last_name, addresses.email, addresses.company, addresses.phone";

    private static Dictionary<string, string> Chargebee(string id, string plan, string quantity, string unitPrice, string status,
        string start, string customer, string? trialEnd = null, string? cancelled = null)
    {
        var row = new Dictionary<string, string>
        {
            ["subscriptions.id"] = id, ["subscriptions.plan_id"] = plan, ["subscriptions.plan_quantity"] = quantity,
            ["subscriptions.plan_unit_price"] = unitPrice, ["subscriptions.status"] = status, ["subscriptions.start_date"] = start,
            ["subscriptions.created_at"] = start, ["customers.id"] = customer, ["addresses.first_name"] = "Lan",
            ["addresses.last_name"] = "Trần", ["addresses.email"] = $"{customer.ToLowerInvariant()}@example.test",
        };
        if (trialEnd is not null)
        {
            row["subscriptions.trial_start"] = start;
            row["subscriptions.trial_end"] = trialEnd;
        }
        else row["subscriptions.started_at"] = start;
        if (cancelled is not null) row["subscriptions.cancelled_at"] = cancelled;
        return row;
    }

    public static string ChargebeeOnJanuary() => VendorCsv.Build(ChargebeeHeader,
        Chargebee("CB1", "basic", "2", "2500", "Active", "2026-01-05 08:30:00", "K-1"),
        Chargebee("CB2", "pro", "1", "9900", "In Trial", "2026-01-27 10:00:00", "K-2", trialEnd: "2026-02-10 10:00:00"),
        Chargebee("CB3", "basic", "1", "1000", "Cancelled", "2025-12-01 00:00:00", "K-3", cancelled: "2026-01-15 12:00:00"));

    public static string ChargebeeOnFebruary() => VendorCsv.Build(ChargebeeHeader,
        Chargebee("CB1", "basic", "3", "2500", "Active", "2026-01-05 08:30:00", "K-1"),
        Chargebee("CB2", "pro", "1", "9900", "Active", "2026-01-27 10:00:00", "K-2", trialEnd: "2026-02-10 10:00:00"),
        Chargebee("CB3", "basic", "1", "1000", "Cancelled", "2025-12-01 00:00:00", "K-3", cancelled: "2026-01-15 12:00:00"));
}
