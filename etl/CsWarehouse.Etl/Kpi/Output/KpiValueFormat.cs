using System.Globalization;

namespace CsWarehouse.Etl.Kpi.Output;

/// <summary>How KPI values are written: at full precision for machines (CSV, JSON), by unit for people.</summary>
public static class KpiValueFormat
{
    /// <summary>Decimals a workbook cell keeps; its number format rounds further for display.</summary>
    public const int WorkbookDecimals = 6;

    /// <summary>Every digit a decimal holds (28 after the point), so a machine reading it gets the value back exactly.</summary>
    private const string AllDigits = "0.############################";

    /// <summary>Invariant text with '.', every significant digit and no trailing zeros; null is the empty string.</summary>
    public static string Invariant(decimal? value) =>
        value is { } v ? v.ToString(AllDigits, CultureInfo.InvariantCulture) : "";

    /// <summary>The value rounded to <see cref="WorkbookDecimals"/> places, as invariant text.</summary>
    public static string Rounded(decimal value) =>
        Math.Round(value, WorkbookDecimals, MidpointRounding.AwayFromZero).ToString(AllDigits, CultureInfo.InvariantCulture);

    /// <summary>For a terminal: rates as percentages, counts and seconds whole, money and averages with two decimals.</summary>
    public static string Human(string code, decimal? value) => value is not { } v ? "-" : KpiUnits.Of(code) switch
    {
        KpiUnit.Rate => v.ToString("0.0%", CultureInfo.InvariantCulture),
        KpiUnit.Count or KpiUnit.Seconds => v.ToString("#,0", CultureInfo.InvariantCulture),
        _ => v.ToString("#,0.00", CultureInfo.InvariantCulture),
    };
}
