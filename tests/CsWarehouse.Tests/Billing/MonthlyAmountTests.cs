using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Tests.Billing;

/// <summary>MRR from a price, worked out by hand: amount × quantity × months factor ÷ interval count, in major units.</summary>
public sealed class MonthlyAmountTests
{
    [Theory]
    [InlineData(1200, 1, "year", 1, 100)]            // a yearly plan of 1 200 is 100 a month
    [InlineData(1200, 3, "year", 1, 300)]            // three seats
    [InlineData(30, 1, "month", 3, 10)]              // quarterly
    [InlineData(12, 1, "week", 1, 52)]               // 12 × 52 weeks ÷ 12 months
    [InlineData(12, 2, "day", 1, 730)]               // 12 × 2 × 365 days ÷ 12 months
    [InlineData(10, 0, "month", 1, 0)]               // no seats left
    public void A_price_becomes_its_monthly_amount(decimal amount, int quantity, string interval, int count, decimal expected)
    {
        Assert.Equal(expected, MonthlyAmount.Of(amount, quantity, interval, count, "USD", MonthlyAmount.Major));
    }

    [Theory]
    [InlineData("USD", 3300, 33)]
    [InlineData("usd", 3300, 33)]
    [InlineData("VND", 500000, 500000)]             // the dong has no minor unit: never divided by 100
    [InlineData("JPY", 1000, 1000)]
    [InlineData("KRW", 9900, 9900)]
    [InlineData("XOF", 5000, 5000)]
    [InlineData("KWD", 12345, 12.345)]              // three decimals
    public void Minor_units_are_divided_by_the_currencys_own_decimals(string currency, decimal minor, decimal expected)
    {
        Assert.Equal(expected, MonthlyAmount.Of(minor, 1, "month", 1, currency, MonthlyAmount.Minor));
    }

    [Fact]
    public void Major_units_are_never_divided_even_when_large()
    {
        Assert.Equal(250000m, MonthlyAmount.Of(3000000m, 1, "year", 1, "VND", MonthlyAmount.Major));
        Assert.Equal(99999m, MonthlyAmount.Of(99999m, 1, "month", 1, "USD", MonthlyAmount.Major));
    }

    [Fact]
    public void Every_zero_decimal_currency_of_the_billing_tools_is_known()
    {
        Assert.Equal(
            ["BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"],
            CurrencyDecimals.ZeroDecimal.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Cancelled", "canceled")]
    [InlineData("In Trial", "trialing")]
    [InlineData("Non Renewing", "non_renewing")]
    [InlineData("past_due", "past_due")]
    [InlineData("suspended", null)]
    public void Vendor_status_labels_map_to_one_status(string label, string? expected)
    {
        Assert.Equal(expected, SnapshotStatus.Normalize(label.ToLowerInvariant()));
    }
}
