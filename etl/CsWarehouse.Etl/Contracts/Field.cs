namespace CsWarehouse.Etl.Contracts;

/// <summary>One column of an export file: its header name, its type and the rules a value must meet.</summary>
public sealed class Field
{
    private Field(string name, FieldType type, bool required)
    {
        Name = name;
        Type = type;
        Required = required;
    }

    public string Name { get; }
    public FieldType Type { get; }
    public bool Required { get; }

    /// <summary>Smallest allowed number, if any.</summary>
    public decimal? Min { get; private init; }

    /// <summary>Whether <see cref="Min"/> itself is excluded (a value must be greater than it).</summary>
    public bool MinExclusive { get; private init; }

    /// <summary>The allowed codes, if the set is fixed.</summary>
    public IReadOnlyList<string>? Allowed { get; private init; }

    /// <summary>The value an empty field takes (before the required check).</summary>
    public object? Default { get; private init; }

    /// <summary>Decimal places kept (values are rounded, since some bulk paths truncate).</summary>
    public int Scale { get; private init; } = 4;

    /// <summary>Total digits the decimal column holds: a value must be below 10^(Precision - Scale).</summary>
    public int Precision { get; private init; } = ColumnBounds.DecimalPrecision;

    /// <summary>The smallest magnitude a decimal value may not reach: 10^(Precision - Scale).</summary>
    public decimal Limit
    {
        get
        {
            var limit = 1m;
            for (var i = Scale; i < Precision; i++) limit *= 10;
            return limit;
        }
    }

    /// <summary>Most characters a text or code value may have; null when the column has no limit.</summary>
    public int? MaxLength { get; private init; }

    /// <summary>For a date: also stage a yyyymmdd key named <c>NAME_key</c>.</summary>
    public bool WithKey { get; private init; }

    /// <summary>Position in the export's field list, set when the export is built.</summary>
    internal int Ordinal { get; set; } = -1;

    /// <summary>An id or other short text that lands in a <c>$key$</c> column.</summary>
    public static Field Key(string name, bool required = false) =>
        new(name, FieldType.Text, required) { MaxLength = ColumnBounds.KeyLength };

    /// <summary>A name or label that lands in a <c>$text$</c> column.</summary>
    public static Field Text(string name, bool required = false) =>
        new(name, FieldType.Text, required) { MaxLength = ColumnBounds.TextLength };

    /// <summary>Free text that lands in a <c>$longtext$</c> column, with no length limit.</summary>
    public static Field LongText(string name) => new(name, FieldType.Text, required: false);

    public static Field Code(string name, bool required = false, string[]? allowed = null, string? orDefault = null) =>
        new(name, FieldType.Code, required) { Allowed = allowed, Default = orDefault, MaxLength = ColumnBounds.KeyLength };

    public static Field Instant(string name, bool required = false) => new(name, FieldType.Instant, required);

    public static Field Date(string name, bool required = false, bool withKey = false) =>
        new(name, FieldType.Date, required) { WithKey = withKey };

    public static Field Month(string name, bool required = false) => new(name, FieldType.Month, required);

    public static Field Integer(string name, bool required = false, int? min = null, bool exclusive = false) =>
        new(name, FieldType.Integer, required) { Min = min, MinExclusive = exclusive };

    public static Field Decimal(string name, bool required = false, decimal? min = null, bool exclusive = false, int scale = 4,
        int precision = ColumnBounds.DecimalPrecision) =>
        new(name, FieldType.Decimal, required) { Min = min, MinExclusive = exclusive, Scale = scale, Precision = precision };

    public static Field Boolean(string name, bool required = false, bool? orDefault = null) =>
        new(name, FieldType.Boolean, required) { Default = orDefault is null ? null : orDefault.Value ? 1 : 0 };

    public override string ToString() => Name;
}
