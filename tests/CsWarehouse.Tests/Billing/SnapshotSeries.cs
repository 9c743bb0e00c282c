namespace CsWarehouse.Tests.Billing;

/// <summary>
/// Three nightly snapshots of three subscriptions, and the subscriptions.csv they are equivalent to (worked out by hand):
/// S1 is new in January at 50, upgraded on 28 February to 2 × 40 on pro, cancelled with effect from 15 March; S2 pays
/// 500 000 VND a month (written in minor units, which for the dong are whole dong) after a trial ending 20 January;
/// S3 is a yearly plan of 1 200 for 3 seats, 300 a month, since December.
/// </summary>
public static class SnapshotSeries
{
    public static readonly DateOnly January = new(2026, 1, 31);
    public static readonly DateOnly February = new(2026, 2, 28);
    public static readonly DateOnly March = new(2026, 3, 31);

    public const string Header =
        "subscription_id,customer_id,plan_id,status,currency,unit_amount,quantity,billing_interval,amount_unit,started_on,trial_end_on,canceled_on,ended_on";

    private const string S2 = "S2,C2,vnd_basic,active,vnd,500000,1,month,minor,2026-01-05,2026-01-20,,";
    private const string S3 = "S3,C3,team_yearly,active,usd,1200,3,year,major,2025-12-01,,,";

    public static readonly string OnJanuary = $"""
        {Header}
        S1,C1,basic,active,usd,50,1,month,major,2026-01-10,,,
        {S2}
        {S3}
        """;

    public static readonly string OnFebruary = $"""
        {Header}
        S1,C1,pro,active,usd,40,2,month,major,2026-01-10,,,
        {S2}
        {S3}
        """;

    public static readonly string OnMarch = $"""
        {Header}
        S1,C1,pro,canceled,usd,40,2,month,major,2026-01-10,,2026-03-15,2026-03-15
        {S2}
        {S3}
        """;

    /// <summary>25 000 dong to the dollar in each month a dong period or snapshot needs.</summary>
    public const string FxRates = """
        month,currency,rate
        2026-01,VND,0.00004
        2026-02,VND,0.00004
        2026-03,VND,0.00004
        """;

    /// <summary>The periods the three snapshots describe, as a hand-written subscriptions.csv.</summary>
    public const string Periods = """
        subscription_id,customer_id,plan_id,mrr,currency,started_on,ended_on
        S1,C1,basic,50,USD,2026-01-10,2026-02-28
        S1,C1,pro,80,USD,2026-02-28,2026-03-15
        S2,C2,vnd_basic,500000,VND,2026-01-20,
        S3,C3,team_yearly,300,USD,2025-12-01,
        """;
}
