using System.Data.Common;
using System.Globalization;
using System.Numerics;

namespace CsWarehouse.Etl.Publishing;

/// <summary>
/// Reads one value of a row as the CLR type its column kind exports as, whichever provider type the engine
/// returned (DuckDB's HUGEINT arrives as BigInteger, PostgreSQL's date as DateTime, SQL Server's tinyint as byte).
/// </summary>
public static class ColumnValues
{
    public static int? Int32(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static long? Int64(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
        {
            BigInteger big when big >= long.MinValue && big <= long.MaxValue => (long)big,
            BigInteger big => throw new OverflowException($"column {reader.GetName(ordinal)} holds {big}, which does not fit a 64-bit integer."),
            var value => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        };

    public static decimal? Decimal(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
        {
            BigInteger big => (decimal)big,
            var value => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        };

    public static double? Double(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static bool? Boolean(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToBoolean(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static DateOnly? Date(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
        {
            DateOnly date => date,
            DateTime time => DateOnly.FromDateTime(time),
            DateTimeOffset offset => DateOnly.FromDateTime(offset.DateTime),
            _ => reader.GetFieldValue<DateOnly>(ordinal),
        };

    /// <summary>Timestamps as the warehouse stores them (UTC, without an offset); an offset is converted to UTC.</summary>
    public static DateTime? Timestamp(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
        {
            DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Unspecified),
            DateTimeOffset offset => DateTime.SpecifyKind(offset.UtcDateTime, DateTimeKind.Unspecified),
            _ => reader.GetFieldValue<DateTime>(ordinal),
        };

    public static string? String(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
        {
            string text => text,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var value => value.ToString(),
        };
}
