using System.Globalization;
using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Reading;

/// <summary>Duration helpers shared by the exports that have several instants per row.</summary>
public static class ParsedRowDurations
{
    /// <summary>
    /// Handles <paramref name="later"/> set before <paramref name="earlier"/> (a negative duration): within
    /// <paramref name="skew"/> it is the two clocks disagreeing, so it is clamped to <paramref name="earlier"/> with a
    /// note; further apart the row is rejected.
    /// </summary>
    public static void ClampOrRejectIfBefore(this ParsedRow row, Field later, Field earlier, TimeSpan skew)
    {
        if (row.Get<DateTime>(later) is not { } end || row.Get<DateTime>(earlier) is not { } start || end >= start) return;
        var gap = start - end;
        if (gap <= skew)
        {
            row.Values[later.Ordinal] = start;
            row.Note(later, string.Create(CultureInfo.InvariantCulture,
                $"was {gap.TotalSeconds:0.###} s before {earlier.Name} ({row.Texts[earlier.Ordinal]}); clamped to it as clock skew (tolerance {skew.TotalSeconds:0.###} s)"));
        }
        else
            row.Reject(later, string.Create(CultureInfo.InvariantCulture,
                $"is {gap.TotalSeconds:0.###} s before {earlier.Name} ({row.Texts[earlier.Ordinal]}): a duration cannot be negative (clock skew up to {skew.TotalSeconds:0.###} s is clamped; see --clock-skew)"));
    }

    /// <summary>Whole seconds from <paramref name="from"/> to <paramref name="to"/>, or null when either is missing.</summary>
    public static long? SecondsBetween(this ParsedRow row, Field from, Field to) =>
        row.Get<DateTime>(from) is { } start && row.Get<DateTime>(to) is { } end
            ? (long)Math.Floor((end - start).TotalSeconds)
            : null;
}
