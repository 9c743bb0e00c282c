using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CsWarehouse.Etl.Reading;

/// <summary>
/// How a spreadsheet cell reads as export text: dates and times (numbers with a date format) as exact ISO text, other
/// numbers as invariant decimals, booleans as true/false, text as written.
/// </summary>
internal sealed class XlsxCellText
{
    private enum NumberKind { Plain, Date, DateTime, Time }

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly NumberKind[] _styleKinds;
    private readonly DateTime _epoch;

    public XlsxCellText(Stylesheet? styles, bool date1904)
    {
        _epoch = date1904 ? new DateTime(1904, 1, 1) : new DateTime(1899, 12, 30);
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        _styleKinds = styles?.CellFormats?.Elements<CellFormat>()
            .Select(f => KindOf(f.NumberFormatId?.Value ?? 0, custom)).ToArray() ?? [];
    }

    public string? Read(string? type, string? raw, uint style, IReadOnlyList<string> sharedStrings)
    {
        if (raw is null) return null;
        switch (type)
        {
            case "s": return int.TryParse(raw, Invariant, out var i) && i >= 0 && i < sharedStrings.Count ? sharedStrings[i] : null;
            case "b": return raw == "1" ? "true" : "false";
            case "str" or "inlineStr" or "e" or "d": return raw;
        }
        if (!double.TryParse(raw, NumberStyles.Float, Invariant, out var number)) return raw;
        var kind = style < _styleKinds.Length ? _styleKinds[style] : NumberKind.Plain;
        return kind == NumberKind.Plain ? Number(number, raw) : Serial(number, kind);
    }

    // Excel keeps 15 significant digits; the decimal conversion keeps exactly those, without an exponent.
    private static string Number(double number, string raw)
    {
        try { return ((decimal)number).ToString(Invariant); }
        catch (OverflowException) { return raw; }
    }

    private string Serial(double serial, NumberKind kind)
    {
        var milliseconds = (long)Math.Round(serial * 86_400_000d, MidpointRounding.AwayFromZero);
        if (kind == NumberKind.Time)
        {
            var span = TimeSpan.FromMilliseconds(milliseconds);
            var text = $"{(long)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}";
            return span.Milliseconds == 0 ? text : text + "." + span.Milliseconds.ToString("000", Invariant);
        }
        // Serials before 1900-03-01 are one day off because Excel counts a 29 February 1900 that never was.
        var epoch = _epoch.Year == 1899 && serial < 61 ? _epoch.AddDays(1) : _epoch;
        var at = epoch.AddMilliseconds(milliseconds);
        if (kind == NumberKind.Date) return at.ToString("yyyy-MM-dd", Invariant);
        return at.ToString(at.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.fff", Invariant);
    }

    private static NumberKind KindOf(uint formatId, Dictionary<uint, string> custom)
    {
        if (custom.TryGetValue(formatId, out var code)) return KindOf(code);
        return formatId switch
        {
            >= 14 and <= 17 => NumberKind.Date,
            22 => NumberKind.DateTime,
            >= 18 and <= 21 or >= 45 and <= 47 => NumberKind.Time,
            _ => NumberKind.Plain,
        };
    }

    /// <summary>Reads a custom format code's date and time letters, skipping quoted text, escapes and [colour] parts.</summary>
    private static NumberKind KindOf(string code)
    {
        bool date = false, time = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = char.ToLowerInvariant(code[i]);
            if (c == '"') { i = code.IndexOf('"', i + 1); if (i < 0) break; continue; }
            if (c == '\\') { i++; continue; }
            if (c == '[')
            {
                var end = code.IndexOf(']', i);
                var inner = end < 0 ? "" : code[(i + 1)..end].ToLowerInvariant();
                if (inner is "h" or "hh" or "m" or "mm" or "s" or "ss") time = true;
                i = end < 0 ? code.Length : end;
                continue;
            }
            if (c is 'y' or 'd') date = true;
            if (c is 'h' or 's') time = true;
        }
        return (date, time) switch
        {
            (true, true) => NumberKind.DateTime,
            (true, false) => NumberKind.Date,
            (false, true) => NumberKind.Time,
            _ => NumberKind.Plain,
        };
    }
}
