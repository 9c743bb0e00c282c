namespace CsWarehouse.Etl.PowerBi.Dax;

/// <summary>The kinds of token a DAX expression is made of.</summary>
internal enum DaxTokenKind
{
    Number,
    String,
    Identifier,
    QuotedTable,
    Bracketed,
    Operator,
    End,
}

/// <summary>One token with its position (0-based character offset) in the expression, for error messages.</summary>
internal sealed record DaxToken(DaxTokenKind Kind, string Text, int Position)
{
    public bool Is(string op) => Kind == DaxTokenKind.Operator && Text == op;

    public bool IsKeyword(string word) => Kind == DaxTokenKind.Identifier && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
}
