using System.Globalization;

namespace CsWarehouse.Etl.Nightly.Reconciliation;

/// <summary>
/// The DAX the reconciliation sends: every measure named by a KPI code, per month or over a whole range of months,
/// with the model's Date table cut to the same months the warehouse figures cover.
/// </summary>
internal static class ReconcileDax
{
    /// <summary>The column name the service gives the month of a per-month row.</summary>
    public const string MonthColumn = "Date[month_key]";

    public static string PerMonth(IEnumerable<string> codes, int fromMonth, int toMonth) =>
        "EVALUATE\nSUMMARIZECOLUMNS(\n    'Date'[month_key],\n    " + Months(fromMonth, toMonth) + ",\n" + Measures(codes) + "\n)";

    public static string WholeRange(IEnumerable<string> codes, int fromMonth, int toMonth) =>
        "EVALUATE\nCALCULATETABLE(\n    ROW(\n" + Measures(codes, "    ") + "\n    ),\n    " + Months(fromMonth, toMonth) + "\n)";

    /// <summary>The column name the service gives a measure the query named: the name in square brackets.</summary>
    public static string ColumnOf(string code) => $"[{code}]";

    private static string Months(int fromMonth, int toMonth) => string.Create(CultureInfo.InvariantCulture,
        $"FILTER(ALL('Date'[month_key]), 'Date'[month_key] >= {fromMonth} && 'Date'[month_key] <= {toMonth})");

    private static string Measures(IEnumerable<string> codes, string indent = "") =>
        string.Join(",\n", codes.Select(code => $"{indent}    \"{code}\", [{code}]"));
}
