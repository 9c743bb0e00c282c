using System.Globalization;
using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Reading;

/// <summary>Currency checks shared by the exports that carry money: they name the file, line and column of a row that cannot convert.</summary>
public static class ParsedRowCurrency
{
    public static string CurrencyOrReporting(this ParsedRow row, Field currency, LoadContext context) =>
        row.Text(currency)?.ToUpperInvariant() ?? context.Settings.ReportingCurrency;

    /// <summary>Stages the currency as a code: upper-case, and the reporting currency when the file leaves it empty.</summary>
    public static void NormalizeCurrency(this ParsedRow row, Field currency, LoadContext context) =>
        row.Values[currency.Ordinal] = row.CurrencyOrReporting(currency, context);

    /// <summary>
    /// Rejects a row whose currency has no rate for the month, or whose converted amount would not fit its column.
    /// The conversion itself is the fills' (warehouse/*/*.fill.sql): a row that passes here converts there.
    /// </summary>
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
