namespace CsWarehouse.Generator.Time;

/// <summary>Converts instants (Unix seconds, UTC) to and from wall-clock seconds in the source time zone.</summary>
internal sealed class ZoneClock
{
    private readonly TimeZoneInfo _zone;
    private readonly long _firstHour;
    private readonly int[] _offsetByHour;

    // Offsets are cached per UTC hour over the generated range: TimeZoneInfo is far too slow
    // to call for each of tens of millions of timestamps.
    public ZoneClock(TimeZoneInfo zone, long fromUtc, long toUtc)
    {
        _zone = zone;
        _firstHour = fromUtc / 3600;
        _offsetByHour = new int[(int)(toUtc / 3600 - _firstHour + 1)];
        for (int i = 0; i < _offsetByHour.Length; i++) _offsetByHour[i] = Compute((_firstHour + i) * 3600);
    }

    public string ZoneId => _zone.Id;

    public int OffsetAt(long utc)
    {
        long hour = utc / 3600 - _firstHour;
        return hour >= 0 && hour < _offsetByHour.Length ? _offsetByHour[hour] : Compute(utc);
    }

    public long ToLocal(long utc) => utc + OffsetAt(utc);

    /// <summary>The instant of a wall-clock time; in a daylight-saving gap the time is read with the earlier offset.</summary>
    public long ToUtc(long local) => local - OffsetAt(local - OffsetAt(local));

    private int Compute(long utc) =>
        (int)_zone.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(utc)).TotalSeconds;
}
