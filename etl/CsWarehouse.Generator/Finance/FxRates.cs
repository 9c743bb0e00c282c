using CsWarehouse.Generator.Output;
using CsWarehouse.Generator.Randomness;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Finance;

/// <summary>Writes fx_rates.csv: a monthly random walk per currency, from the oldest subscription month to the last month.</summary>
internal static class FxRates
{
    public const string Reporting = "USD";

    /// <summary>A currency with no rate anywhere, for rows that must fail the rate lookup.</summary>
    public const string Unrated = "CHF";

    // USD per unit near 2025 levels. GBP, JPY and SGD are in the finance export but nobody pays in them,
    // so only their rows may be made dirty: a rejected rate would otherwise reject subscriptions too.
    /// <summary>USD per Vietnamese dong at the start: salaries are paid in it, so the KPI targets are worked out with it too.</summary>
    public const double VndStartRate = 0.0000395;

    private static readonly (string Code, double Rate, bool Used)[] Currencies =
    [
        ("EUR", 1.08, true),
        ("GBP", 1.27, false),
        ("JPY", 0.0067, false),
        ("SGD", 0.74, false),
        ("THB", 0.0282, true),
        ("VND", VndStartRate, true),
    ];

    public static void Write(ExportPeriod period, CsvTable table, Rng rng)
    {
        var rates = Currencies.Select(c => c.Rate).ToArray();
        int lastDay = period.Months[^1].FirstDay;
        for (int day = period.HistoryFirstDay; day <= lastDay; )
        {
            var (year, month, _) = CivilDate.FromDays(day);
            for (int i = 0; i < Currencies.Length; i++)
            {
                rates[i] *= Math.Exp(rng.Normal() * 0.015);
                table.DirtAllowed = !Currencies[i].Used;
                table.Row.Month(year, month).Text(Currencies[i].Code).Fixed((long)Math.Round(rates[i] * 1e10), 10);
                table.Commit();
            }
            day += CivilDate.DaysInMonth(year, month);
        }
        table.DirtAllowed = true;
    }
}
