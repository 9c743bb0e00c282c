using System.Globalization;
using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Reading;

/// <summary>Currency helpers shared by the exports that carry money.</summary>
public static class ParsedRowCurrency
{
    public static string CurrencyOrReporting(this ParsedRow row, Field currency, LoadContext context) =>
        row.Text(currency)?.ToUpperInvariant() ?? context.Settings.ReportingCurrency;

    /// <summary>Stages the currency as a code: upper-case, and the reporting currency when the file leaves it empty.</summary>
    public static void NormalizeCurrency(this ParsedRow row, Field currency, LoadContext context) =>
        row.Values[currency.Ordinal] = row.CurrencyOrReporting(currency, context);

    /// <summary>The extras of a money row: the rate of <paramref name="month"/>, and the amount converted at it.</summary>
    public static void ConvertAtRate(this ParsedRow row, Field currency, Field amount, DateOnly month, LoadContext context, object?[] extras)
    {
        var rate = context.RateFor(row.CurrencyOrReporting(currency, context), LoadContext.MonthKey(month))!.Value;
        extras[0] = rate;
        extras[1] = Math.Round(row.Get<decimal>(amount)!.Value * rate, 4, MidpointRounding.AwayFromZero);
    }

    /// <summary>Rejects a row whose currency has no rate for the month, or whose converted amount would not fit its column.</summary>
    public static void RejectIfNotConvertible(this ParsedRow row, Field currency, Field amount, LoadContext context, int monthKey)
    {
        var code = row.CurrencyOrReporting(currency, context);
        if (context.RateFor(code, monthKey) is not { } rate)
            row.Reject(currency, $"has no exchange rate to {context.Settings.ReportingCurrency} for {monthKey / 100:D4}-{monthKey % 100:D2} in fx_rates.csv");
        else if (row.Get<decimal>(amount) is { } value && Math.Abs(value * rate) >= amount.Limit)
            row.Reject(amount, string.Create(CultureInfo.InvariantCulture,
                $"converted to {context.Settings.ReportingCurrency} at {rate} is too large for its column (at most {amount.Precision - amount.Scale} digits before the decimal point)"));
    }
}
