using System.Globalization;

namespace CsWarehouse.Etl.Checks;

/// <summary>A failed check's sample rows as text, one "column=value | ..." line per row.</summary>
public static class CheckSample
{
    public static IEnumerable<string> Lines(CheckResult result) =>
        result.Sample.Select(row => string.Join(" | ", row.Select(c => $"{c.Key}={Format(c.Value)}")))
            .Concat(result.FailingRows > result.Sample.Count
                ? [string.Create(CultureInfo.InvariantCulture, $"... {result.FailingRows - result.Sample.Count:N0} more")]
                : []);

    /// <summary>"name (n rows)" for each failed check, for one-line messages.</summary>
    public static string Summary(IEnumerable<CheckResult> failed) =>
        string.Join(", ", failed.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Check.Name} ({r.FailingRows:N0} rows)")));

    private static string Format(object? value) => value switch
    {
        null => "null",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
