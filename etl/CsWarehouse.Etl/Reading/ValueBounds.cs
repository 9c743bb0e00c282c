using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Reading;

/// <summary>
/// The limits of the column a field lands in, checked at read time so a value that does not fit is one rejected
/// row with its location, the same on every engine, instead of a failed run (PostgreSQL), a silent truncation
/// (DuckDB and NUL bytes) or an overflow in the bulk path.
/// </summary>
internal sealed class ValueBounds(YearWindow years)
{
    /// <summary>Why <paramref name="value"/> (parsed from <paramref name="text"/>) does not fit <paramref name="field"/>'s column, or null.</summary>
    public string? Check(Field field, string text, object? value) => value switch
    {
        string => CheckText(field, text),
        decimal number => CheckDecimal(field, number),
        DateTime instant when !years.Contains(instant.Year) =>
            $"is outside the accepted years {years.First}–{years.Last} (UTC); change the window with --years",
        DateOnly day when !years.Contains(day.Year) =>
            $"is outside the accepted years {years.First}–{years.Last}; change the window with --years",
        _ => null,
    };

    private static string? CheckText(Field field, string text)
    {
        if (text.Contains('\0')) return "contains a NUL character (shown as \\0), which no warehouse text column can hold";
        return field.MaxLength is { } max && text.Length > max
            ? $"is {text.Length} characters long; the column holds at most {max}"
            : null;
    }

    private static string? CheckDecimal(Field field, decimal number) =>
        Math.Abs(number) >= field.Limit
            ? $"is too large: the column holds at most {field.Precision - field.Scale} digits before the decimal point"
            : null;
}
