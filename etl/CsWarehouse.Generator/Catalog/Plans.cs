namespace CsWarehouse.Generator.Catalog;

/// <summary>A subscription plan with its list price per seat in each billing currency (whole units).</summary>
internal sealed record Plan(string Id, string Name, string Tier, bool IsPremium, int Rank, decimal Usd, decimal Eur, decimal Vnd, decimal Thb)
{
    public decimal PriceIn(string currency) => currency switch
    {
        "EUR" => Eur,
        "VND" => Vnd,
        "THB" => Thb,
        _ => Usd,
    };
}

/// <summary>The plan list: three current tiers plus a legacy plan only old subscriptions are on.</summary>
internal static class Plans
{
    public static readonly Plan Legacy = new("starter-2022", "Starter (legacy)", "basic", false, 0, 19m, 18m, 450_000m, 650m);

    public static readonly Plan[] Current =
    [
        new("basic", "Basic", "basic", false, 0, 29m, 27m, 690_000m, 990m),
        new("pro", "Pro", "pro", false, 1, 79m, 73m, 1_890_000m, 2_690m),
        new("premium", "Premium", "premium", true, 2, 199m, 185m, 4_790_000m, 6_790m),
    ];

    public static readonly Plan[] All = [.. Current, Legacy];
}
