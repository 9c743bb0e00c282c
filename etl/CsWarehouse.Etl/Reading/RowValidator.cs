using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Reading;

/// <summary>Applies the single-field rules of the data contract: required, type, column bounds, minimum, allowed codes.</summary>
internal sealed class RowValidator(Export export, ValueParser parser, YearWindow? years = null)
{
    private readonly ValueBounds _bounds = new(years ?? YearWindow.Default);

    public void Fill(ParsedRow row, Func<int, string?> textAt, int[] columnOfField)
    {
        foreach (var field in export.Fields)
        {
            var column = columnOfField[field.Ordinal];
            var text = column < 0 ? null : textAt(column);
            row.Texts[field.Ordinal] = text;
            if (text is null)
            {
                row.Values[field.Ordinal] = field.Default;
                if (field.Required && field.Default is null) row.Reject(field, "is required but empty");
                continue;
            }
            if (!parser.TryParse(field, text, out var value, out var error))
            {
                row.Reject(field, error!);
                continue;
            }
            if (_bounds.Check(field, text, value) is { } outOfBounds)
            {
                row.Reject(field, outOfBounds);
                continue;
            }
            row.Values[field.Ordinal] = value;
            CheckRange(row, field, value);
        }
    }

    private static void CheckRange(ParsedRow row, Field field, object? value)
    {
        if (field.Min is { } min && value is int or decimal)
        {
            var number = Convert.ToDecimal(value);
            if (field.MinExclusive ? number <= min : number < min)
                row.Reject(field, $"must be {(field.MinExclusive ? "greater than" : "at least")} {min}");
        }
        if (field.Allowed is { } allowed && value is string code && !allowed.Contains(code))
            row.Reject(field, $"must be one of {string.Join(", ", allowed)}");
    }
}
