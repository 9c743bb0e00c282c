namespace CsWarehouse.Etl.Checks;

/// <summary>
/// One data test: a select that returns the offending rows, none when the warehouse is sound. Generated from the
/// naming conventions of the dw tables or written by hand under warehouse/tests.
/// </summary>
/// <param name="Name">Stable name, e.g. <c>fact_ticket_orphan_agent_key</c>.</param>
/// <param name="Description">What a failing row means, in one sentence.</param>
/// <param name="Sql">The select, with <c>$name$</c> variables still to substitute.</param>
public sealed partial record DataCheck(string Name, string Description, string Sql)
{
    /// <summary>Whether the select reads any of <paramref name="tables"/> (schema-qualified names).</summary>
    public bool ReadsAnyOf(IReadOnlySet<string> tables) =>
        TableReference().Matches(Sql).Any(m => tables.Contains(m.Value));

    [System.Text.RegularExpressions.GeneratedRegex(@"\bdw\.\w+")]
    private static partial System.Text.RegularExpressions.Regex TableReference();
}

/// <summary>What one check found: how many offending rows and the first few of them.</summary>
public sealed record CheckResult(DataCheck Check, long FailingRows, IReadOnlyList<IReadOnlyDictionary<string, object?>> Sample, TimeSpan Elapsed)
{
    public bool Passed => FailingRows == 0;
}
