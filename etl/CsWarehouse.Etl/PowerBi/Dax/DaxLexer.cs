using System.Text;

namespace CsWarehouse.Etl.PowerBi.Dax;

/// <summary>Splits a DAX expression into tokens: numbers, "strings", identifiers, 'quoted tables', [columns], operators.</summary>
internal static class DaxLexer
{
    private static readonly string[] Operators = ["&&", "||", "<=", ">=", "<>", "==", "+", "-", "*", "/", "^", "&", "=", "<", ">", "(", ")", ",", "{", "}"];

    public static List<DaxToken> Tokens(string text)
    {
        var tokens = new List<DaxToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '/' && At(text, i + 1) == '/' || c == '-' && At(text, i + 1) == '-')
            {
                while (i < text.Length && text[i] != '\n') i++;
                continue;
            }
            if (c == '/' && At(text, i + 1) == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? throw Error(text, i, "unclosed /* comment") : end + 2;
                continue;
            }
            var start = i;
            if (char.IsDigit(c) || c == '.' && char.IsDigit(At(text, i + 1)))
            {
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.')) i++;
                tokens.Add(new DaxToken(DaxTokenKind.Number, text[start..i], start));
            }
            else if (c == '"') tokens.Add(new DaxToken(DaxTokenKind.String, Quoted(text, ref i, '"'), start));
            else if (c == '\'') tokens.Add(new DaxToken(DaxTokenKind.QuotedTable, Quoted(text, ref i, '\''), start));
            else if (c == '[')
            {
                var end = text.IndexOf(']', i);
                if (end < 0) throw Error(text, i, "unclosed [");
                tokens.Add(new DaxToken(DaxTokenKind.Bracketed, text[(i + 1)..end], start));
                i = end + 1;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.')) i++;
                tokens.Add(new DaxToken(DaxTokenKind.Identifier, text[start..i], start));
            }
            else
            {
                var op = Operators.FirstOrDefault(o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0)
                         ?? throw Error(text, i, $"unexpected character '{c}'");
                tokens.Add(new DaxToken(DaxTokenKind.Operator, op, start));
                i += op.Length;
            }
        }
        tokens.Add(new DaxToken(DaxTokenKind.End, "", text.Length));
        return tokens;
    }

    private static char At(string text, int i) => i < text.Length ? text[i] : '\0';

    /// <summary>A quoted run where the quote doubled stands for itself ("say ""hi""", 'Bob''s table').</summary>
    private static string Quoted(string text, ref int i, char quote)
    {
        var value = new StringBuilder();
        var start = i++;
        while (true)
        {
            if (i >= text.Length) throw Error(text, start, $"unclosed {quote}");
            if (text[i] == quote)
            {
                if (At(text, i + 1) != quote) { i++; return value.ToString(); }
                i++;
            }
            value.Append(text[i++]);
        }
    }

    public static DaxException Error(string text, int position, string message)
    {
        var line = 1 + text.Take(position).Count(ch => ch == '\n');
        var column = position - (text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1) + 1;
        return new DaxException($"line {line}, column {column}: {message}");
    }
}
