using System.Globalization;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Output;

/// <summary>One output record being assembled: fields are formatted straight into a reused character buffer.</summary>
internal sealed class CsvRow
{
    private readonly int[] _start;
    private readonly int[] _length;
    private readonly string?[] _replaced;
    private readonly ZoneClock _clock;
    private readonly TimeStyle _style;
    private char[] _chars = new char[2048];
    private int _used;

    public CsvRow(int columns, ZoneClock clock, TimeStyle style)
    {
        _style = style;
        _start = new int[columns];
        _length = new int[columns];
        _replaced = new string?[columns];
        _clock = clock;
    }

    public int Count { get; private set; }

    public ReadOnlySpan<char> this[int column] =>
        _replaced[column] is { } text ? text : _chars.AsSpan(_start[column], _length[column]);

    /// <summary>Replaces a field's text; used only when a row is made dirty on purpose.</summary>
    public void Replace(int column, string text) => _replaced[column] = text;

    public void Clear()
    {
        Array.Clear(_replaced);
        Count = 0;
        _used = 0;
    }

    public CsvRow Empty() => Close(0);

    public CsvRow Text(string? text)
    {
        if (text is null) return Empty();
        text.AsSpan().CopyTo(Reserve(text.Length));
        return Close(text.Length);
    }

    public CsvRow Int(long value)
    {
        value.TryFormat(Reserve(20), out int written, default, CultureInfo.InvariantCulture);
        return Close(written);
    }

    public CsvRow Int(long? value) => value is { } v ? Int(v) : Empty();

    /// <summary>An identifier such as T00001234: a prefix and a zero-padded number.</summary>
    public CsvRow Id(string prefix, long number, int digits)
    {
        var span = Reserve(prefix.Length + 20);
        prefix.AsSpan().CopyTo(span);
        number.TryFormat(span[prefix.Length..], out int written, Pad(digits), CultureInfo.InvariantCulture);
        return Close(prefix.Length + written);
    }

    /// <summary>A fixed-point decimal: <paramref name="scaled"/> / 10^decimals with '.' as separator.</summary>
    public CsvRow Fixed(long scaled, int decimals)
    {
        var span = Reserve(24);
        int n = 0;
        if (scaled < 0) { span[n++] = '-'; scaled = -scaled; }
        long unit = (long)Math.Pow(10, decimals);
        (scaled / unit).TryFormat(span[n..], out int whole, default, CultureInfo.InvariantCulture);
        n += whole;
        if (decimals > 0)
        {
            span[n++] = '.';
            (scaled % unit).TryFormat(span[n..], out int frac, Pad(decimals), CultureInfo.InvariantCulture);
            n += frac;
        }
        return Close(n);
    }

    public CsvRow Bool(bool value, string whenTrue = "true", string whenFalse = "false") =>
        Text(value ? whenTrue : whenFalse);

    public CsvRow Date(int day) => Close(IsoTextWriter.Date(Reserve(IsoTextWriter.DateLength), day));

    public CsvRow Date(int? day) => day is { } d ? Date(d) : Empty();

    public CsvRow Month(int year, int month) => Close(IsoTextWriter.Month(Reserve(7), year, month));

    /// <summary>An instant in the file's own timestamp style.</summary>
    public CsvRow Instant(long? utc)
    {
        var style = _style;
        if (utc is not { } instant) return Empty();
        var span = Reserve(IsoTextWriter.LocalTimeLength + 6);
        if (style == TimeStyle.Utc)
        {
            IsoTextWriter.WallClock(span, instant);
            span[IsoTextWriter.LocalTimeLength] = 'Z';
            return Close(IsoTextWriter.LocalTimeLength + 1);
        }
        int offset = _clock.OffsetAt(instant);
        IsoTextWriter.WallClock(span, instant + offset);
        if (style == TimeStyle.Local) return Close(IsoTextWriter.LocalTimeLength);
        return Close(IsoTextWriter.LocalTimeLength + IsoTextWriter.Offset(span[IsoTextWriter.LocalTimeLength..], offset));
    }

    private static readonly string[] PadFormats = Enumerable.Range(0, 19).Select(n => "D" + n).ToArray();

    private static ReadOnlySpan<char> Pad(int digits) => PadFormats[digits];

    private Span<char> Reserve(int length)
    {
        if (_used + length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + length));
        return _chars.AsSpan(_used, length);
    }

    private CsvRow Close(int written)
    {
        if (Count == _start.Length) throw new InvalidOperationException("More fields than columns.");
        _start[Count] = _used;
        _length[Count] = written;
        _used += written;
        Count++;
        return this;
    }
}
