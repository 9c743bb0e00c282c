namespace CsWarehouse.Generator.Catalog;

/// <summary>A customer country: its share of customers, language, local currency and channel habits.</summary>
internal sealed record Country(
    string Code,
    double Weight,
    Language Language,
    string LocalCurrency,
    double LocalCurrencyShare,
    double ZaloFactor,
    double SocialFactor)
{
    /// <summary>Channel weights for customers of this country, as a running sum over <see cref="Channels.All"/>.</summary>
    public double[] ChannelCumulative { get; } = Randomness.Weights.Cumulative(Channels.All
        .Select(c => c.Weight * (c.Code == "zalo" ? ZaloFactor : c.Code == "social" ? SocialFactor : 1.0))
        .ToArray());
}

/// <summary>Where customers are; Zalo is a Vietnamese app, so only Vietnamese customers use it.</summary>
internal static class Countries
{
    public static readonly Country[] All =
    [
        new("VN", 45, Language.Vietnamese, "VND", 0.35, 1.8, 1.0),
        new("TH", 18, Language.Thai, "THB", 0.30, 0, 2.5),
        new("IR", 10, Language.Persian, "USD", 0, 0, 1.2),
        new("US", 10, Language.English, "USD", 0, 0, 1.0),
        new("SG", 5, Language.English, "USD", 0, 0, 1.0),
        new("DE", 5, Language.English, "EUR", 0.85, 0, 0.6),
        new("FR", 4, Language.English, "EUR", 0.85, 0, 0.6),
        new("GB", 3, Language.English, "USD", 0, 0, 1.0),
    ];

    public static readonly double[] Cumulative = Randomness.Weights.Cumulative(All.Select(c => c.Weight).ToArray());
}
