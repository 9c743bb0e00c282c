using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Contracts;

/// <summary>fx_rates.csv: one row per month and currency, units of the reporting currency per unit.</summary>
public sealed class FxRatesExport : Export
{
    private static readonly Field Month = Field.Month("month", required: true);
    private static readonly Field Currency = Field.Key("currency", required: true);

    public FxRatesExport() : base("fx_rates", "fx_rate",
        [Month, Currency, Field.Decimal("rate", required: true, min: 0, exclusive: true, scale: 8)], [Month, Currency]) { }

    public override void Check(ParsedRow row, LoadContext context)
    {
        // Staged upper-case like the currencies of the money it converts, so "eur" and "EUR" are one rate.
        if (row.Text(Currency) is { } code) row.Values[Currency.Ordinal] = code.ToUpperInvariant();
    }
}
