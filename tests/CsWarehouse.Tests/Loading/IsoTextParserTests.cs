using System.Globalization;
using CsWarehouse.Etl.Reading;
using Xunit;

namespace CsWarehouse.Tests.Loading;

/// <summary>
/// The hand-written ISO reader must agree with the exact-format parsers it stands in front of: whenever it says yes,
/// they say yes with the same value; and it must say yes to the shapes exports use, or it saves nothing.
/// </summary>
public sealed class IsoTextTests
{
    private static readonly string[] NaiveFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm",
    ];

    private static readonly string[] OffsetFormats = NaiveFormats.Select(f => f + "zzz").ToArray();

    [Theory]
    [InlineData("2026-03-01T09:15:00+07:00", "2026-03-01T02:15:00")]
    [InlineData("2026-03-01T23:30:00Z", "2026-03-01T23:30:00")]
    [InlineData("2026-03-01 23:30:00z", "2026-03-01T23:30:00")]
    [InlineData("2026-03-01T00:30-03:30", "2026-03-01T04:00:00")]
    [InlineData("2024-02-29T12:00:00.5+00:00", "2024-02-29T12:00:00.5")]
    [InlineData("2024-02-29T12:00:00.1234567+14:00", "2024-02-28T22:00:00.1234567")]
    public void Timestamps_with_an_offset_are_read_as_the_exact_formats_read_them(string text, string utc)
    {
        Assert.True(IsoTextParser.TryParseTimestamp(text, out var wallClock, out var offset));
        Assert.NotNull(offset);
        Assert.Equal(DateTime.Parse(utc, CultureInfo.InvariantCulture), wallClock - offset.Value);
        Assert.Equal(ExactOffset(text), (DateTimeOffset?)new DateTimeOffset(wallClock, offset.Value));
    }

    [Theory]
    [InlineData("2026-03-01T09:15:00")]
    [InlineData("2026-03-01 09:15")]
    [InlineData("2026-12-31T23:59:59.9999999")]
    [InlineData("0001-01-01T00:00:00")]
    public void Timestamps_without_an_offset_are_read_as_the_exact_formats_read_them(string text)
    {
        Assert.True(IsoTextParser.TryParseTimestamp(text, out var wallClock, out var offset));
        Assert.Null(offset);
        Assert.True(DateTime.TryParseExact(text, NaiveFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact));
        Assert.Equal(exact, wallClock);
    }

    [Theory]
    [InlineData("2026-02-29T10:00:00")] // no such day
    [InlineData("2026-13-01T10:00:00")]
    [InlineData("2026-03-01T24:00:00")]
    [InlineData("2026-03-01T10:60:00")]
    [InlineData("2026-03-01T10:00:60")]
    [InlineData("2026-03-01T10:00:00.")]
    [InlineData("2026-03-01T10:00:00.12345678")]
    [InlineData("2026-03-01T10:00:00+0700")]
    [InlineData("2026-03-01T10:00:00+07")]
    [InlineData("2026-03-01T10:00:00+15:00")]
    [InlineData("2026-03-01T10:00:00+07:60")]
    [InlineData("2026-03-01T10:00:00 ")]
    [InlineData("2026-3-01T10:00:00")]
    [InlineData("2026/03/01T10:00:00")]
    [InlineData("2026-03-01X10:00:00")]
    [InlineData("2026-03-01T10:00:0")]
    [InlineData("2026-03-01T1:00:00")]
    [InlineData("0000-03-01T10:00:00")]
    [InlineData("01/03/2026 10:00")]
    public void Anything_it_has_not_checked_completely_is_left_to_the_exact_formats(string text) =>
        Assert.False(IsoTextParser.TryParseTimestamp(text, out _, out _));

    [Fact]
    public void Every_timestamp_it_accepts_the_exact_formats_accept_with_the_same_value()
    {
        var random = new Random(7);
        string[] separators = ["T", " ", "t", "_"];
        string[] fractions = ["", ".", ".0", ".5", ".123", ".1234567", ".12345678"];
        string[] offsets = ["", "Z", "z", "+07:00", "-03:30", "+14:00", "-14:00", "+14:01", "+5:30", "+0700", "+07", "-00:00"];
        var accepted = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var date = FormattableString.Invariant($"{random.Next(0, 10000):D4}-{random.Next(0, 14):D2}-{random.Next(0, 33):D2}");
            var time = FormattableString.Invariant($"{random.Next(0, 26):D2}:{random.Next(0, 62):D2}");
            var seconds = random.Next(4) == 0 ? "" : FormattableString.Invariant($":{random.Next(0, 62):D2}") + fractions[random.Next(fractions.Length)];
            var text = date + separators[random.Next(separators.Length)] + time + seconds + offsets[random.Next(offsets.Length)];
            if (!IsoTextParser.TryParseTimestamp(text, out var wallClock, out var offset)) continue;
            accepted++;
            if (offset is { } o)
                Assert.Equal(ExactOffset(text), (DateTimeOffset?)new DateTimeOffset(wallClock, o));
            else
            {
                Assert.True(DateTime.TryParseExact(text, NaiveFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact), text);
                Assert.Equal(exact, wallClock);
            }
        }
        Assert.True(accepted > 1000, $"only {accepted} accepted: the fast path is hardly used");
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2026-02-29", false)]
    [InlineData("2026-00-10", false)]
    [InlineData("2026-1-10", false)]
    [InlineData("2026-01-10 ", false)]
    [InlineData("2026-01-10T00:00", false)]
    public void Dates_agree_with_the_exact_format(string text, bool accepted)
    {
        Assert.Equal(accepted, IsoTextParser.TryParseDate(text, out var date));
        if (accepted)
            Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), date);
    }

    private static DateTimeOffset? ExactOffset(string text)
    {
        var normalized = text.EndsWith('Z') || text.EndsWith('z') ? text[..^1] + "+00:00" : text;
        return DateTimeOffset.TryParseExact(normalized, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)
            ? exact
            : null;
    }
}
