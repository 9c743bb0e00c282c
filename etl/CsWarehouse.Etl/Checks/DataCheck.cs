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
    /// <summary>
    /// For a generated check that a key names a row of its dimension: the reference it checks, so that
    /// <see cref="CheckRunner"/> can screen all the references of one table in a single pass. Null for other checks.
    /// </summary>
    public KeyReference? Reference { get; init; }

    /// <summary>Whether the select reads any of <paramref name="tables"/> (schema-qualified names).</summary>
    public bool ReadsAnyOf(IReadOnlySet<string> tables) =>
        TableReference().Matches(Sql).Any(m => tables.Contains(m.Value));

    /// <summary>
    /// The tables each of whose rows carries the run that last wrote it (<c>run_id</c>): every fill statement that
    /// inserts or updates their rows sets it, which a test checks.
    /// </summary>
    public static readonly IReadOnlySet<string> RunStampedTables = new HashSet<string>(StringComparer.Ordinal)
    {
        "dw.fact_ticket", "dw.fact_ticket_message", "dw.fact_call", "dw.fact_survey_response", "dw.fact_agent_shift",
        "dw.fact_customer_mrr",
    };

    /// <summary>
    /// The check narrowed to the rows run <paramref name="runId"/> wrote, where that gives the same verdict on what
    /// the run is about to commit: the check judges each row of one run-stamped table on its own (it reads that table
    /// once, in its first <c>from</c>, under an alias, and neither groups, aggregates, windows nor combines selects),
    /// and no other table it reads has rows this run changed. A row an earlier run wrote was judged by that run against
    /// the same other tables, and would be judged the same again. Otherwise the check as it is.
    /// </summary>
    public DataCheck ScopedToRun(int runId, IReadOnlySet<string> changedTables)
    {
        var code = Comment().Replace(Sql, "");
        var tables = TableReference().Matches(code).Select(m => m.Value).ToList();
        var stamped = tables.Where(RunStampedTables.Contains).Distinct().ToList();
        if (stamped.Count != 1 || WholeTableConstruct().IsMatch(code)) return this;
        var table = stamped[0];
        if (tables.Count(t => t == table) != 1 || tables.Any(t => t != table && changedTables.Contains(t))) return this;
        var first = FirstFrom().Match(code);
        if (!first.Success || first.Groups["table"].Value != table || SqlKeywords.Contains(first.Groups["alias"].Value)) return this;
        var from = first.Groups["table"];
        var rows = $"(select * from {table} where run_id = {runId})";
        return this with
        {
            Sql = code[..from.Index] + rows + code[(from.Index + from.Length)..],
            Reference = Reference is null ? null : Reference with { Rows = rows },
        };
    }

    private static readonly HashSet<string> SqlKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "where", "join", "left", "right", "inner", "full", "cross", "order", "group", "having", "union", "on", "limit",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\bdw\.\w+")]
    private static partial System.Text.RegularExpressions.Regex TableReference();

    [System.Text.RegularExpressions.GeneratedRegex(@"--[^\n]*")]
    private static partial System.Text.RegularExpressions.Regex Comment();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bfrom\s+(?<table>[\w.]+)\s+(?:as\s+)?(?<alias>\w+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FirstFrom();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:with|group\s+by|having|distinct|union|intersect|except|over|count|sum|min|max|avg|lag|lead)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WholeTableConstruct();
}

/// <summary>What one check found: how many offending rows and the first few of them.</summary>
public sealed record CheckResult(DataCheck Check, long FailingRows, IReadOnlyList<IReadOnlyDictionary<string, object?>> Sample, TimeSpan Elapsed)
{
    public bool Passed => FailingRows == 0;
}
