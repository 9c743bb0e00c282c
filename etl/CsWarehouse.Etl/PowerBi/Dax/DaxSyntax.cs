namespace CsWarehouse.Etl.PowerBi.Dax;

/// <summary>A parsed DAX expression.</summary>
internal abstract record DaxExpr;

internal sealed record DaxNumber(decimal Value) : DaxExpr;

internal sealed record DaxString(string Value) : DaxExpr;

/// <summary><c>'Table'[Column]</c> or <c>Table[Column]</c>.</summary>
internal sealed record DaxColumnRef(string Table, string Column) : DaxExpr
{
    public override string ToString() => $"'{Table}'[{Column}]";
}

/// <summary><c>[Measure]</c>.</summary>
internal sealed record DaxMeasureRef(string Name) : DaxExpr;

/// <summary>A bare name: a variable in scope, else a table (<c>Channel</c>, <c>'Date'</c>), else a keyword argument (DESC, Skip).</summary>
internal sealed record DaxName(string Name, bool Quoted) : DaxExpr;

/// <summary>A function call; an omitted argument (<c>RANKX(t, e, , DESC)</c>) is null.</summary>
internal sealed record DaxCall(string Function, IReadOnlyList<DaxExpr?> Args) : DaxExpr;

internal sealed record DaxBinary(string Op, DaxExpr Left, DaxExpr Right) : DaxExpr;

internal sealed record DaxUnary(string Op, DaxExpr Operand) : DaxExpr;

/// <summary><c>VAR a = ... VAR b = ... RETURN body</c>.</summary>
internal sealed record DaxVarBlock(IReadOnlyList<(string Name, DaxExpr Value)> Vars, DaxExpr Body) : DaxExpr;
