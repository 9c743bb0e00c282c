using System.Globalization;

namespace CsWarehouse.Etl.PowerBi.Dax;

/// <summary>Operators on DAX values as the engine applies them to BLANK (null): it counts as 0 in + and −, and propagates through × and ÷.</summary>
internal static class DaxValues
{
    public static object? Normalize(object? value) => value switch
    {
        null or DBNull => null,
        decimal d => d,
        int or long or short or byte or sbyte or uint or ulong or ushort => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        double d => (decimal)d,
        float f => (decimal)f,
        bool b => b,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DateTime t => t,
        DateTimeOffset o => o.UtcDateTime,
        string s => s,
        System.Numerics.BigInteger b => (decimal)b,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public static decimal? Number(object? value, string what) => value switch
    {
        null => null,
        decimal d => d,
        bool b => b ? 1 : 0,
        DateTime t => (decimal)t.ToOADate(),
        _ => throw new DaxException($"{what}: '{value}' is not a number"),
    };

    public static bool Truthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        decimal d => d != 0,
        string s => throw new DaxException($"'{s}' is text where a true/false value is expected"),
        _ => true,
    };

    public static object? Arithmetic(string op, object? left, object? right)
    {
        if (op is "+" or "-")
        {
            if (left is null && right is null) return null;
            if (left is DateTime a && right is DateTime b && op == "-") return (decimal)(a - b).TotalDays;
            if (left is DateTime date) return date.AddDays((double)(Number(right, op) ?? 0) * (op == "-" ? -1 : 1));
            var sum = (Number(left, op) ?? 0) + (op == "-" ? -1 : 1) * (Number(right, op) ?? 0);
            return sum;
        }
        if (left is null || right is null) return null;
        var x = Number(left, op)!.Value;
        var y = Number(right, op)!.Value;
        return op switch
        {
            "*" => x * y,
            "/" => y == 0 ? throw new DaxException("division by zero with '/': use DIVIDE") : x / y,
            "^" => (decimal)Math.Pow((double)x, (double)y),
            _ => throw new DaxException($"unknown operator {op}"),
        };
    }

    public static bool Compare(string op, object? left, object? right)
    {
        var order = Order(left, right);
        return op switch
        {
            "=" => order == 0,
            "<>" => order != 0,
            "<" => order < 0,
            ">" => order > 0,
            "<=" => order <= 0,
            ">=" => order >= 0,
            _ => throw new DaxException($"unknown comparison {op}"),
        };
    }

    /// <summary>BLANK compares as 0, as "" or as false, whichever the other side is.</summary>
    private static int Order(object? left, object? right)
    {
        if (left is null && right is null) return 0;
        if (left is string || right is string)
            return string.Compare((string?)(left ?? "") ?? "", (string?)(right ?? "") ?? "", StringComparison.OrdinalIgnoreCase);
        if (left is bool || right is bool) return Truthy(left).CompareTo(Truthy(right));
        return (Number(left, "comparison") ?? 0).CompareTo(Number(right, "comparison") ?? 0);
    }

    public static string Text(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
