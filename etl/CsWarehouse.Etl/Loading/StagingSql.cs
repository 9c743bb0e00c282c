using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Loading;

/// <summary>The generated statements on staging tables, written in the portable subset like the scripts.</summary>
public static class StagingSql
{
    /// <summary>
    /// Empties a staging table. Truncate, not delete: on PostgreSQL a delete leaves every old row behind as a dead tuple
    /// that the next statements still read, so a small run after a large one paid for the large one's rows.
    /// </summary>
    public static string Clear(string table) => $"truncate table {table}";

    /// <summary>The rows a later row of the same key supersedes, with their lines (for the warnings).</summary>
    /// <param name="countingKeys">Find them through the keys staged more than once (<see cref="Engines.IWarehouseEngine.FindsSupersededRowsByCountingKeys"/>).</param>
    public static string SupersededRows(Export export, bool countingKeys) =>
        countingKeys
            ? $"select s.line_number from {export.Staging.QualifiedName} s join {RepeatedKeys(export)} d on {KeyMatch(export, "s")} " +
              "where s.line_number < d.last_line order by s.line_number"
            : $"select s.line_number from {export.Staging.QualifiedName} s where {LaterRowOfKey(export, "s")} order by s.line_number";

    /// <summary>Keeps only the last row of each natural key, as the data contract says.</summary>
    public static string DeleteSuperseded(Export export, bool countingKeys)
    {
        var table = export.Staging.QualifiedName;
        return countingKeys
            ? $"delete from {table} where exists (select 1 from {RepeatedKeys(export)} d where {KeyMatch(export, table)} " +
              $"and {table}.line_number < d.last_line)"
            : $"delete from {table} where {LaterRowOfKey(export, table)}";
    }

    /// <summary>Each row is matched against the later rows of its key: a semi-join of the table with itself.</summary>
    private static string LaterRowOfKey(Export export, string outer) =>
        $"exists (select 1 from {export.Staging.QualifiedName} d where {KeyMatch(export, outer)} and d.line_number > {outer}.line_number)";

    /// <summary>
    /// Each key staged more than once, with its last line: one aggregate over staging, which in a file without repeated
    /// keys (the common case) leaves nothing to join.
    /// </summary>
    private static string RepeatedKeys(Export export) =>
        $"(select {string.Join(", ", KeyColumns(export).Select(k => $"{k.Expression("r")} as {k.Column}"))}, max(r.line_number) as last_line " +
        $"from {export.Staging.QualifiedName} r group by {string.Join(", ", KeyColumns(export).Select(k => k.Expression("r")))} having count(*) > 1)";

    /// <summary>The key of the rows <c>d</c> equals that of <paramref name="outer"/>.</summary>
    private static string KeyMatch(Export export, string outer) =>
        string.Join(" and ", KeyColumns(export).Select(k => $"{k.Expression("d")} = {k.Expression(outer)}"));

    /// <summary>The key's staged columns; an empty optional field (null when staged) is a key value of its own.</summary>
    private static IEnumerable<(string Column, Func<string, string> Expression)> KeyColumns(Export export) =>
        export.Key.Select(field =>
        {
            var column = field.Type == FieldType.Month ? field.Name + "_key" : field.Name;
            var empty = field.Type == FieldType.Month ? "0" : "''";
            return (column, field.Required ? (Func<string, string>)(t => $"{t}.{column}") : t => $"coalesce({t}.{column}, {empty})");
        }).Concat(export.FileScopedKey.Select(column => (column, (Func<string, string>)(t => $"{t}.{column}"))));

    /// <summary>The staged rows a rule finds: line and the value of the column it names.</summary>
    public static string RowsBreaking(Export export, StagedRowRule rule) =>
        $"select s.line_number, s.{rule.Column} from {export.Staging.QualifiedName} s where {rule.Offending("s")} order by s.line_number";

    public static string DeleteBreaking(Export export, StagedRowRule rule) =>
        $"delete from {export.Staging.QualifiedName} where {rule.Offending(export.Staging.QualifiedName)}";
}
