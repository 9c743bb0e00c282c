using CsWarehouse.Etl.Exports;

namespace CsWarehouse.Etl.Reading;

/// <summary>Currency helpers shared by the exports that carry money.</summary>
public static class ParsedRowCurrency
{
    public static string CurrencyOrReporting(this ParsedRow row, Field currency, LoadContext context) =>
        row.Text(currency)?.ToUpperInvariant() ?? context.Settings.ReportingCurrency;

    public static void RejectIfNoRate(this ParsedRow row, Field currency, LoadContext context, int monthKey)
    {
        var code = row.CurrencyOrReporting(currency, context);
        if (context.RateFor(code, monthKey) is null)
            row.Reject(currency, $"has no exchange rate to {context.Settings.ReportingCurrency} for {monthKey / 100:D4}-{monthKey % 100:D2} in fx_rates.csv");
    }
}
