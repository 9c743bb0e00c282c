namespace CsWarehouse.Etl.Contracts;

/// <summary>
/// The widths of the warehouse's text and number columns. The engines' SQL variables (<c>$key$</c>, <c>$text$</c>)
/// are built from these numbers and the contract's fields check values against them, so a value that the read
/// accepts always fits the column it lands in, on every engine.
/// </summary>
public static class ColumnBounds
{
    /// <summary>Characters of a <c>$key$</c> column: ids and codes.</summary>
    public const int KeyLength = 200;

    /// <summary>Characters of a <c>$text$</c> column: names, topics, teams.</summary>
    public const int TextLength = 1000;

    /// <summary>Total digits of a money, rate or target column (<c>decimal(18, s)</c>).</summary>
    public const int DecimalPrecision = 18;
}

/// <summary>Which kind of text column a text field lands in.</summary>
public enum TextWidth
{
    /// <summary><c>$key$</c>: ids and codes, at most <see cref="ColumnBounds.KeyLength"/> characters.</summary>
    Key,
    /// <summary><c>$text$</c>: names and labels, at most <see cref="ColumnBounds.TextLength"/> characters.</summary>
    Text,
    /// <summary><c>$longtext$</c>: free text with no length limit.</summary>
    Long,
}
