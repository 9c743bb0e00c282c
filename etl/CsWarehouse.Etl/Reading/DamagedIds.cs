using System.Text.RegularExpressions;
using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Reading;

/// <summary>
/// An id a spreadsheet has already rounded (a long number saved back as <c>1.03006E+13</c>) cannot be repaired: the
/// digits are gone. Such a value in an id column is rejected with that reason rather than loaded as a wrong key.
/// </summary>
internal static partial class DamagedIds
{
    [GeneratedRegex(@"^[+-]?\d(\.\d+)?E\+\d+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScientificNotation();

    public static void Check(Export export, ParsedRow row)
    {
        foreach (var field in export.Fields)
            if (field.Type == FieldType.Text && field.Name.EndsWith("_id", StringComparison.Ordinal)
                && row.Texts[field.Ordinal] is { } text && ScientificNotation().IsMatch(text))
                row.Reject(field, "is an id a spreadsheet rounded to scientific notation; load the file as downloaded, not re-saved from Excel");
    }
}
