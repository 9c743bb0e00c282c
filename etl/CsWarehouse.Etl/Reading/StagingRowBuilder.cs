using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Reading;

/// <summary>Lays a valid row out as its staging table wants it: instants as UTC plus reporting-zone date key and hour.</summary>
internal sealed class StagingRowBuilder(Export export, LoadContext context)
{
    private readonly object?[] _values = new object?[export.Staging.Columns.Count];
    private readonly object?[] _extras = new object?[export.Extras.Count];
    private readonly TimeZoneInfo _zone = context.Settings.ReportingTimeZone;

    public object?[] Build(ParsedRow row)
    {
        var i = 0;
        _values[i++] = row.LineNumber;
        foreach (var field in export.Fields)
        {
            var value = row.Values[field.Ordinal];
            switch (field.Type)
            {
                case FieldType.Instant:
                    _values[i++] = value;
                    if (value is DateTime utc)
                    {
                        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
                        _values[i++] = LoadContext.DateKey(DateOnly.FromDateTime(local));
                        _values[i++] = local.Hour;
                    }
                    else { _values[i++] = null; _values[i++] = null; }
                    break;
                case FieldType.Month:
                    _values[i++] = value;
                    _values[i++] = value is DateOnly month ? LoadContext.MonthKey(month) : null;
                    break;
                case FieldType.Date when field.WithKey:
                    _values[i++] = value;
                    _values[i++] = value is DateOnly day ? LoadContext.DateKey(day) : null;
                    break;
                default:
                    _values[i++] = value;
                    break;
            }
        }
        export.Extend(row, context, _extras);
        foreach (var extra in _extras) _values[i++] = extra;
        return _values;
    }
}
