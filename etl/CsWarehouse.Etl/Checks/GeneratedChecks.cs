namespace CsWarehouse.Etl.Checks;

/// <summary>
/// The generic checks every star schema needs, derived from column names rather than written per table:
/// <list type="bullet">
/// <item><c>dim_X.X_key</c> is the surrogate key of dim_X: unique.</item>
/// <item><c>dim_X.X_id</c> (or <c>X_code</c>, <c>X_name</c>) is its business key: unique, unless the dimension keeps
/// versions (it has <c>valid_from_key</c>; its current-version rule is hand-written).</item>
/// <item><c>fact_..._W.W_id</c>, the id named for the last word of a fact, is the fact's business key: unique.</item>
/// <item>Any other table's <c>X_key</c> must name a row of dim_X, and any <c>*_date_key</c> a day of dim_date.</item>
/// </list>
/// </summary>
public static class GeneratedChecks
{
    private const string Schema = "dw";

    /// <param name="columns">Every dw table and its columns, in table order.</param>
    public static IReadOnlyList<DataCheck> From(IReadOnlyDictionary<string, IReadOnlyList<string>> columns)
    {
        var checks = new List<DataCheck>();
        foreach (var (table, names) in columns.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var entity = Entity(table, "dim_");
            if (entity is not null)
            {
                if (names.Contains(entity + "_key"))
                    checks.Add(Unique(table, $"{table}_duplicate_surrogate_key", entity + "_key",
                        $"a {entity}_key used by more than one row of {Schema}.{table}: facts joining on it would fan out"));
                var business = new[] { "_id", "_code", "_name" }.Select(s => entity + s).FirstOrDefault(names.Contains);
                if (business is not null && !names.Contains("valid_from_key"))
                    checks.Add(Unique(table, $"{table}_duplicate_business_key", business,
                        $"a {business} with more than one row in {Schema}.{table}"));
            }
            var fact = Entity(table, "fact_");
            if (fact is not null && names.Contains(fact.Split('_')[^1] + "_id"))
            {
                var id = fact.Split('_')[^1] + "_id";
                checks.Add(Unique(table, $"{table}_duplicate_{id}", id, $"a {id} with more than one row in {Schema}.{table}"));
            }
            foreach (var column in names)
            {
                var target = Referenced(column);
                if (target is null || target == entity || !columns.TryGetValue("dim_" + target, out var dimension)
                    || !dimension.Contains(target + "_key")) continue;
                checks.Add(column.EndsWith("_date_key", StringComparison.Ordinal)
                    ? Orphan(table, names[0], column, "date", $"{table}_{column}_not_in_dim_date",
                        $"{Schema}.{table}.{column} has no day in {Schema}.dim_date: the row drops out of every date slicer")
                    : Orphan(table, names[0], column, target, $"{table}_orphan_{column}",
                        $"{Schema}.{table}.{column} names no row of {Schema}.dim_{target}"));
            }
        }
        return checks;
    }

    /// <summary>X for a table named prefix + X, else null.</summary>
    private static string? Entity(string table, string prefix) =>
        table.StartsWith(prefix, StringComparison.Ordinal) ? table[prefix.Length..] : null;

    /// <summary>The dimension a key column points at: dim_date for *_date_key, dim_X for X_key.</summary>
    private static string? Referenced(string column) =>
        column.EndsWith("_date_key", StringComparison.Ordinal) || column == "date_key" ? "date"
        : column.EndsWith("_key", StringComparison.Ordinal) ? column[..^"_key".Length]
        : null;

    private static DataCheck Unique(string table, string name, string column, string description) =>
        new(name, $"Fails on {description}.", $"""
            select
                {column},
                count(*) as copies
            from {Schema}.{table}
            group by
                {column}
            having count(*) > 1
            """);

    private static DataCheck Orphan(string table, string firstColumn, string column, string target, string name, string description)
    {
        var shown = firstColumn == column ? $"t.{column}" : $"t.{firstColumn},\n    t.{column}";
        return new(name, $"Fails when {description}.", $"""
            select
                {shown}
            from {Schema}.{table} t
            where t.{column} is not null
              and not exists (select 1 from {Schema}.dim_{target} d where d.{target}_key = t.{column})
            """)
        {
            Reference = new KeyReference($"{Schema}.{table}", column, $"{Schema}.dim_{target}", $"{target}_key"),
        };
    }
}
