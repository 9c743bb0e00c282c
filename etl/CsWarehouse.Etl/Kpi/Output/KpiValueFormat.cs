using System.Globalization;

namespace CsWarehouse.Etl.Kpi.Output;

/// <summary>How KPI values are written: invariantly for machines (6 decimals at most), by unit for people.</summary>
public static class KpiValueFormat
{
    public const int Decimals = 6;

    /// <summary>The value rounded to <see cref="Decimals"/> places, as data files carry it.</summary>
    public static decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>Invariant text with '.' and no trailing zeros; null is the empty string.</summary>
    public static string Invariant(decimal? value) =>
        value is { } v ? Round(v).ToString("0.######", CultureInfo.InvariantCulture) : "";

    /// <summary>For a terminal: rates as percentages, counts and seconds whole, money and averages with two decimals.</summary>
    public static string Human(string code, decimal? value) => value is not { } v ? "-" : KpiUnits.Of(code) switch
    {
        KpiUnit.Rate => v.ToString("0.0%", CultureInfo.InvariantCulture),
        KpiUnit.Count or KpiUnit.Seconds => v.ToString("#,0", CultureInfo.InvariantCulture),
        _ => v.ToString("#,0.00", CultureInfo.InvariantCulture),
    };
}
