using System.Globalization;

namespace CsWarehouse.Etl.PowerBi.Dax;

/// <summary>
/// Parses a DAX scalar or table expression by precedence climbing, lowest first:
/// <c>||</c>, <c>&amp;&amp;</c>, NOT, comparison, <c>&amp;</c>, <c>+ -</c>, <c>* /</c>, unary sign, <c>^</c>.
/// </summary>
internal sealed class DaxParser
{
    private readonly string _text;
    private readonly List<DaxToken> _tokens;
    private int _next;

    private DaxParser(string text)
    {
        _text = text;
        _tokens = DaxLexer.Tokens(text);
    }

    public static DaxExpr Parse(string text)
    {
        var parser = new DaxParser(text);
        var expr = parser.Expression();
        if (parser.Peek.Kind != DaxTokenKind.End) throw parser.Error(parser.Peek, $"unexpected '{parser.Peek.Text}'");
        return expr;
    }

    private DaxToken Peek => _tokens[_next];

    private DaxToken Take() => _tokens[_next++];

    private DaxException Error(DaxToken at, string message) => DaxLexer.Error(_text, at.Position, message);

    private void Expect(string op)
    {
        if (!Peek.Is(op)) throw Error(Peek, $"expected '{op}', found '{(Peek.Kind == DaxTokenKind.End ? "end" : Peek.Text)}'");
        _next++;
    }

    private DaxExpr Expression()
    {
        if (!Peek.IsKeyword("VAR")) return Or();
        var vars = new List<(string, DaxExpr)>();
        while (Peek.IsKeyword("VAR"))
        {
            _next++;
            var name = Take();
            if (name.Kind != DaxTokenKind.Identifier) throw Error(name, "expected a variable name after VAR");
            Expect("=");
            vars.Add((name.Text, Expression()));
        }
        if (!Peek.IsKeyword("RETURN")) throw Error(Peek, "expected RETURN after the VAR definitions");
        _next++;
        return new DaxVarBlock(vars, Expression());
    }

    private DaxExpr Or() => Binary(And, "||");

    private DaxExpr And() => Binary(Not, "&&");

    private DaxExpr Not()
    {
        // NOT as an operator (NOT ISBLANK(x)); NOT(x) parses the same way.
        if (!Peek.IsKeyword("NOT")) return Comparison();
        _next++;
        return new DaxUnary("NOT", Not());
    }

    private DaxExpr Comparison() => Binary(Concatenation, "=", "==", "<>", "<", ">", "<=", ">=");

    private DaxExpr Concatenation() => Binary(Additive, "&");

    private DaxExpr Additive() => Binary(Multiplicative, "+", "-");

    private DaxExpr Multiplicative() => Binary(Sign, "*", "/");

    private DaxExpr Sign()
    {
        if (Peek.Is("-")) { _next++; return new DaxUnary("-", Sign()); }
        if (Peek.Is("+")) { _next++; return Sign(); }
        return Power();
    }

    private DaxExpr Power()
    {
        var left = Primary();
        return Peek.Is("^") ? new DaxBinary(Take().Text, left, Sign()) : left;
    }

    private DaxExpr Binary(Func<DaxExpr> operand, params string[] ops)
    {
        var left = operand();
        while (Peek.Kind == DaxTokenKind.Operator && ops.Contains(Peek.Text))
        {
            var op = Take().Text;
            left = new DaxBinary(op == "==" ? "=" : op, left, operand());
        }
        return left;
    }

    private DaxExpr Primary()
    {
        var token = Take();
        switch (token.Kind)
        {
            case DaxTokenKind.Number:
                return new DaxNumber(decimal.Parse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            case DaxTokenKind.String:
                return new DaxString(token.Text);
            case DaxTokenKind.Bracketed:
                return new DaxMeasureRef(token.Text);
            case DaxTokenKind.QuotedTable:
                return Peek.Kind == DaxTokenKind.Bracketed ? new DaxColumnRef(token.Text, Take().Text) : new DaxName(token.Text, true);
            case DaxTokenKind.Identifier:
                if (Peek.Kind == DaxTokenKind.Bracketed) return new DaxColumnRef(token.Text, Take().Text);
                if (Peek.Is("(")) return Call(token);
                if (token.IsKeyword("VAR") || token.IsKeyword("RETURN")) throw Error(token, $"unexpected {token.Text}");
                return new DaxName(token.Text, false);
            case DaxTokenKind.Operator when token.Text == "(":
                var inner = Expression();
                Expect(")");
                return inner;
            default:
                throw Error(token, token.Kind == DaxTokenKind.End ? "the expression ends too early" : $"unexpected '{token.Text}'");
        }
    }

    private DaxCall Call(DaxToken name)
    {
        Expect("(");
        var args = new List<DaxExpr?>();
        if (!Peek.Is(")"))
        {
            while (true)
            {
                args.Add(Peek.Is(",") || Peek.Is(")") ? null : Expression());
                if (Peek.Is(")")) break;
                Expect(",");
            }
        }
        Expect(")");
        return new DaxCall(name.Text.ToUpperInvariant(), args);
    }
}
