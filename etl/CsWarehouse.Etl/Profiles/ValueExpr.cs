using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CsWarehouse.Etl.Profiles;

/// <summary>
/// The value of one canonical column, worked out from the vendor row: a source (a column, several joined, a constant,
/// a derived key or cases), then in order: column null tokens, extract, value map, parsing (timestamp, duration,
/// number), additions, prefix, and a condition that empties it.
/// </summary>
public sealed class ValueExpr
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    internal int[] Slots { get; init; } = [];
    internal string? Constant { get; init; }
    internal string Separator { get; init; } = " ";
    internal bool IsKey { get; init; }
    internal (Condition When, ValueExpr Then)[]? Cases { get; init; }
    internal ValueExpr? Else { get; init; }
    internal IReadOnlySet<string>? NullTokens { get; init; }
    internal Regex? Extract { get; init; }
    internal IReadOnlyDictionary<string, string?>? Map { get; init; }
    internal bool HasDefault { get; init; }
    internal string? Default { get; init; }
    internal TimestampFormat? Timestamp { get; init; }

    /// <summary>The zone the column itself is written in; it wins over the run's and the profile's.</summary>
    internal TimeZoneInfo? TimeZone { get; init; }
    internal decimal? DurationUnit { get; init; }
    internal bool Number { get; init; }
    internal bool DecimalComma { get; init; }
    internal ValueExpr[] Plus { get; init; } = [];
    internal string? Prefix { get; init; }
    internal Condition? When { get; init; }

    /// <summary>The vendor columns this value comes from, for reports (filled by the reader).</summary>
    public IReadOnlyList<string> SourceColumns { get; internal set; } = [];

    /// <summary>Works out the value: string, decimal, <see cref="Seconds"/>, naive DateTime or DateTimeOffset; null = empty.</summary>
    internal object? Evaluate(IVendorRow row)
    {
        if (When is not null && !When.IsTrue(row)) return null;
        var source = Source(row);
        // Cases hand back their branch's finished value; a missing column is empty.
        if (Cases is not null || source is not string s) return source;
        if (NullTokens is not null && NullTokens.Contains(s)) return null;
        if (Extract is not null)
        {
            var match = Extract.Match(s);
            if (!match.Success) return null;
            s = match.Groups.Count > 1 ? match.Groups[1].Value : match.Value;
        }
        if (Map is not null)
        {
            if (Map.TryGetValue(s, out var mapped)) s = mapped!;
            else if (HasDefault) s = Default!;
            if (s is null) return null;
        }
        if (s.Length == 0) return null;
        var value = Parse(s, row);
        return Prefix is not null && value is string text ? Prefix + text : value;
    }

    private object Parse(string s, IVendorRow row)
    {
        object value;
        if (Timestamp is not null)
        {
            value = Timestamp.Parse(s);
            if (TimeZone is not null && value is DateTime naive) value = InZone(naive, TimeZone);
        }
        else if (DurationUnit is { } unit) value = new Seconds(ParseDuration(s, unit));
        else if (Number) value = ParseNumber(s);
        else value = s;
        if (Plus.Length == 0) return value;
        foreach (var addend in Plus)
        {
            var add = addend.Evaluate(row);
            if (add is null) continue;
            value = Add(value, add);
        }
        return value;
    }

    private object? Source(IVendorRow row)
    {
        if (Constant is not null) return Constant;
        if (Cases is not null)
        {
            foreach (var (when, then) in Cases)
                if (when.IsTrue(row)) return then.Evaluate(row);
            return Else?.Evaluate(row);
        }
        if (Slots.Length == 1 && !IsKey) return row.Text(Slots[0]);
        var parts = Slots.Select(row.Text).ToList();
        if (IsKey)
        {
            if (parts.All(p => p is null)) return null;
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts.Select(p => p ?? ""))));
            return Convert.ToHexStringLower(bytes, 0, 10);
        }
        var present = parts.Where(p => p is not null).ToList();
        return present.Count == 0 ? null : string.Join(Separator, present);
    }

    private static DateTimeOffset InZone(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local))
            throw new MappingException(local.ToString("yyyy-MM-dd HH:mm:ss", Invariant), $"does not exist in time zone {zone.Id} (skipped by a daylight-saving change)");
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static object Add(object value, object add)
    {
        var seconds = add switch
        {
            Seconds d => d.Value,
            decimal n => n,
            _ => throw new MappingException(add.ToString(), "cannot be added: it is not a duration or a number"),
        };
        return value switch
        {
            DateTime local => local.AddTicks((long)(seconds * TimeSpan.TicksPerSecond)),
            DateTimeOffset exact => exact.AddTicks((long)(seconds * TimeSpan.TicksPerSecond)),
            Seconds d => new Seconds(d.Value + seconds),
            decimal n => n + seconds,
            _ => throw new MappingException(value.ToString(), "cannot have a duration added: it is text"),
        };
    }

    private decimal ParseNumber(string s)
    {
        var text = DecimalComma ? s.Replace(',', '.') : s;
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out var n)) return n;
        throw new MappingException(s, "is not a number");
    }

    /// <summary>H:MM:SS or H:MM always; a plain number is in the profile's unit.</summary>
    private decimal ParseDuration(string s, decimal unit)
    {
        if (s.Contains(':'))
        {
            var parts = s.Split(':');
            if (parts.Length is 2 or 3
                && int.TryParse(parts[0], NumberStyles.None, Invariant, out var h)
                && int.TryParse(parts[1], NumberStyles.None, Invariant, out var m) && m < 60)
            {
                if (parts.Length == 2) return h * 3600m + m * 60m;
                if (decimal.TryParse(parts[2], NumberStyles.AllowDecimalPoint, Invariant, out var sec) && sec < 60)
                    return h * 3600m + m * 60m + sec;
            }
            throw new MappingException(s, "is not a duration (expected H:MM:SS or a number)");
        }
        return ParseNumber(s) * unit;
    }

    /// <summary>Canonical text of an evaluated value; naive timestamps are read in <paramref name="zone"/>.</summary>
    internal static string? Format(object? value, TimeZoneInfo zone) => value switch
    {
        null => null,
        string s => s,
        decimal n => n.ToString(Invariant),
        Seconds d => Math.Round(d.Value, 0, MidpointRounding.AwayFromZero).ToString("0", Invariant),
        DateTimeOffset exact => IsoUtc(exact.UtcDateTime),
        DateTime local => zone.IsInvalidTime(local)
            ? throw new MappingException(local.ToString("yyyy-MM-dd HH:mm:ss", Invariant),
                $"does not exist in time zone {zone.Id} (skipped by a daylight-saving change)")
            : IsoUtc(TimeZoneInfo.ConvertTimeToUtc(local, zone)),
        _ => Convert.ToString(value, Invariant),
    };

    private static string IsoUtc(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", Invariant);
}
