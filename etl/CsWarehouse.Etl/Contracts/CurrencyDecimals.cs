namespace CsWarehouse.Etl.Contracts;

/// <summary>
/// How many decimals a currency's minor unit has, as billing tools count them when they write amounts in minor units
/// (cents): none for the zero-decimal currencies, three for the dinars and rials below, two for the rest.
/// </summary>
public static class CurrencyDecimals
{
    /// <summary>Stripe's zero-decimal currencies (Chargebee uses the same rule): an amount of 50000 VND is 50 000 dong, never 500.</summary>
    public static IReadOnlySet<string> ZeroDecimal { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    /// <summary>Currencies whose minor unit is a thousandth.</summary>
    public static IReadOnlySet<string> ThreeDecimal { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "BHD", "JOD", "KWD", "OMR", "TND",
    };

    public static int Of(string currency) =>
        ZeroDecimal.Contains(currency) ? 0 : ThreeDecimal.Contains(currency) ? 3 : 2;

    /// <summary>An amount written in minor units, in major units of its currency.</summary>
    public static decimal ToMajor(decimal minorUnits, string currency) => Of(currency) switch
    {
        0 => minorUnits,
        3 => minorUnits / 1000m,
        _ => minorUnits / 100m,
    };
}
