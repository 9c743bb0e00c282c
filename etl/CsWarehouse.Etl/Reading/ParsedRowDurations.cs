using CsWarehouse.Etl.Exports;

namespace CsWarehouse.Etl.Reading;

/// <summary>Duration helpers shared by the exports that have several instants per row.</summary>
public static class ParsedRowDurations
{
    /// <summary>Rejects <paramref name="later"/> when it is set and before <paramref name="earlier"/> (a negative duration).</summary>
    public static void RejectIfBefore(this ParsedRow row, Field later, Field earlier)
    {
        if (row.Get<DateTime>(later) is { } end && row.Get<DateTime>(earlier) is { } start && end < start)
            row.Reject(later, $"is before {earlier.Name} ({row.Texts[earlier.Ordinal]}): a duration cannot be negative");
    }

    /// <summary>Whole seconds from <paramref name="from"/> to <paramref name="to"/>, or null when either is missing.</summary>
    public static long? SecondsBetween(this ParsedRow row, Field from, Field to) =>
        row.Get<DateTime>(from) is { } start && row.Get<DateTime>(to) is { } end
            ? (long)Math.Floor((end - start).TotalSeconds)
            : null;
}
