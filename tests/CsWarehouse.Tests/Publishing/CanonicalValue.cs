using System.Globalization;
using System.Numerics;

namespace CsWarehouse.Tests.Publishing;

/// <summary>
/// One text per value, whichever CLR type a provider or the Parquet reader gave it, so a file and a query compare equal.
/// </summary>
internal static class CanonicalValue
{
    public static string Of(object? value, string dataType) => value switch
    {
        null or DBNull => "∅",
        DateTime t when dataType == "date" => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        byte or sbyte or short or ushort or int or uint or long => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A row as one line in column order; rows sorted this way compare as multisets.</summary>
    public static string Row(IReadOnlyList<string> columns, IReadOnlyList<string> dataTypes, Func<string, object?> get) =>
        string.Join(" | ", columns.Select((c, i) => $"{c}={Of(get(c), dataTypes[i])}"));
}
