using System.Globalization;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Profiles;

/// <summary>How a vendor writes a timestamp: ISO 8601, epoch seconds or milliseconds, or .NET patterns.</summary>
internal sealed class TimestampFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly DateTime Sample = new(2026, 11, 28, 23, 59, 58);

    private readonly string[] _naive;
    private readonly string[] _withOffset;
    private readonly bool _iso;
    private readonly long? _epochTicksPerUnit;

    private TimestampFormat(string[] naive, string[] withOffset, bool iso, long? epochTicksPerUnit)
    {
        _naive = naive;
        _withOffset = withOffset;
        _iso = iso;
        _epochTicksPerUnit = epochTicksPerUnit;
    }

    /// <summary>Builds the format; returns the reason when a pattern cannot read back a date it wrote.</summary>
    public static TimestampFormat Create(IReadOnlyList<string> patterns, out string? error)
    {
        error = null;
        if (patterns is ["epoch_s"]) return new([], [], false, TimeSpan.TicksPerSecond);
        if (patterns is ["epoch_ms"]) return new([], [], false, TimeSpan.TicksPerMillisecond);
        var iso = patterns.Contains("iso", StringComparer.OrdinalIgnoreCase);
        var custom = patterns.Where(p => !p.Equals("iso", StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var pattern in custom)
        {
            if (pattern is "epoch_s" or "epoch_ms") { error = $"'{pattern}' cannot be combined with other patterns"; return null!; }
            try
            {
                var text = new DateTimeOffset(Sample, TimeSpan.FromHours(7)).ToString(pattern, Invariant);
                if (!DateTimeOffset.TryParseExact(text, pattern, Invariant, DateTimeStyles.AssumeUniversal, out var back)
                    || back.Year != Sample.Year || back.Month != Sample.Month || back.Day != Sample.Day)
                { error = $"pattern '{pattern}' does not hold a whole date (needs year, month and day)"; return null!; }
            }
            catch (FormatException e) { error = $"pattern '{pattern}' is not a valid date/time pattern ({e.Message})"; return null!; }
        }
        var withOffset = custom.Where(p => p.Contains('z') || p.Contains('K')).ToArray();
        return new(custom.Except(withOffset).ToArray(), withOffset, iso || custom.Count == 0, null);
    }

    // Profiles often read one column several times per row (start, start + wait, start + call time): the last text
    // read is remembered, as one immutable pair swapped whole, so sources read in parallel never mix two rows.
    private sealed record Parsed(string Text, object Value);

    private Parsed? _last;

    /// <summary>A naive DateTime (wall clock, zone to be applied) or an exact DateTimeOffset.</summary>
    public object Parse(string text)
    {
        if (_last is { } last && string.Equals(text, last.Text, StringComparison.Ordinal)) return last.Value;
        var value = ParseNew(text);
        _last = new Parsed(text, value);
        return value;
    }

    private object ParseNew(string text)
    {
        if (_epochTicksPerUnit is { } perUnit)
        {
            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out var n))
                throw new MappingException(text, "is not an epoch number");
            try { return DateTimeOffset.UnixEpoch.AddTicks((long)(n * perUnit)); }
            catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
            { throw new MappingException(text, "is out of range for an epoch time"); }
        }
        if (_iso && IsoTextParser.TryParseTimestamp(text, out var wall, out var offset))
            return offset is null ? wall : (object)new DateTimeOffset(wall, offset.Value);
        if (_naive.Length > 0 && DateTime.TryParseExact(text, _naive, Invariant, DateTimeStyles.AllowWhiteSpaces, out var local))
            return DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (_withOffset.Length > 0 && DateTimeOffset.TryParseExact(text, _withOffset, Invariant, DateTimeStyles.AllowWhiteSpaces, out var exact))
            return exact;
        throw new MappingException(text, $"is not a timestamp in the profile's format ({Describe()})");
    }

    private string Describe() => string.Join(" or ", (_iso ? ["ISO 8601"] : Array.Empty<string>()).Concat(_naive).Concat(_withOffset));
}
