namespace CsWarehouse.Etl.Contracts;

/// <summary>
/// The one place a billing price becomes MRR: unit amount × quantity × months-per-interval factor ÷ interval count, in
/// major units of its currency. A year is 1/12 of a month's factor, a week 52/12, a day 365/12. Discounts, coupons,
/// taxes and credits are not in a subscription row, so this is list-price MRR.
/// </summary>
public static class MonthlyAmount
{
    public const string Major = "major";
    public const string Minor = "minor";

    /// <summary>The billing intervals a price can have.</summary>
    public static readonly string[] Intervals = ["day", "week", "month", "year"];

    /// <summary>The MRR of a price, rounded to 4 decimals like every staged amount.</summary>
    public static decimal Of(decimal unitAmount, int quantity, string interval, int intervalCount, string currency, string amountUnit)
    {
        var (times, per) = interval switch
        {
            "day" => (365m, 12m),
            "week" => (52m, 12m),
            "month" => (1m, 1m),
            "year" => (1m, 12m),
            _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "not a billing interval"),
        };
        // Multiply first, divide once: 1 200 a year is exactly 100 a month, not 99.9999.
        var monthly = unitAmount * quantity * times / (per * intervalCount);
        return Round(InMajorUnits(monthly, currency, amountUnit));
    }

    /// <summary>An amount as the export wrote it (<see cref="Major"/> or <see cref="Minor"/> units), in major units.</summary>
    public static decimal InMajorUnits(decimal amount, string currency, string amountUnit) =>
        amountUnit == Minor ? CurrencyDecimals.ToMajor(amount, currency) : amount;

    public static decimal Round(decimal amount) => Math.Round(amount, 4, MidpointRounding.AwayFromZero);
}
