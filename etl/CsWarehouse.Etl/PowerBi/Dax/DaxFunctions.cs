namespace CsWarehouse.Etl.PowerBi.Dax;

/// <summary>The DAX functions the evaluator implements; a model using any other fails verification.</summary>
internal static class DaxFunctions
{
    public static readonly IReadOnlySet<string> Scalar = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "SUM", "MIN", "MAX", "AVERAGE", "COUNTROWS", "DISTINCTCOUNT", "DIVIDE", "IF", "ISBLANK", "BLANK", "TRUE", "FALSE",
        "INT", "ABS", "HASONEVALUE", "SELECTEDVALUE", "ISFILTERED", "CALCULATE", "SUMX", "AVERAGEX", "MINX", "MAXX", "RANKX",
        "EDATE", "EOMONTH", "DATE", "YEAR", "MONTH", "DATEDIFF", "COALESCE",
    };

    public static readonly IReadOnlySet<string> Table = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "FILTER", "VALUES", "ALL", "ALLSELECTED", "DATESBETWEEN", "SAMEPERIODLASTYEAR",
    };

    /// <summary>Valid only as CALCULATE arguments.</summary>
    public static readonly IReadOnlySet<string> Modifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "REMOVEFILTERS", "KEEPFILTERS", "ALL",
    };

    public static bool Known(string name) => Scalar.Contains(name) || Table.Contains(name) || Modifiers.Contains(name);
}
