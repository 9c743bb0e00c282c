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
    public static string SupersededRows(Export export) =>
        $"select s.line_number from {export.Staging.QualifiedName} s where {Superseded(export, "s")} order by s.line_number";

    /// <summary>Keeps only the last row of each natural key, as the data contract says.</summary>
    public static string DeleteSuperseded(Export export) =>
        $"delete from {export.Staging.QualifiedName} where {Superseded(export, export.Staging.QualifiedName)}";

    private static string Superseded(Export export, string outer)
    {
        var table = export.Staging.QualifiedName;
        var matches = export.Key.Select(field =>
        {
            var column = field.Type == FieldType.Month ? field.Name + "_key" : field.Name;
            if (field.Required) return $"d.{column} = {outer}.{column}";
            var empty = field.Type == FieldType.Month ? "0" : "''";
            return $"coalesce(d.{column}, {empty}) = coalesce({outer}.{column}, {empty})";
        });
        matches = matches.Concat(export.FileScopedKey.Select(column => $"d.{column} = {outer}.{column}"));
        return $"exists (select 1 from {table} d where {string.Join(" and ", matches)} and d.line_number > {outer}.line_number)";
    }

    /// <summary>The staged rows a rule finds: line and the value of the column it names.</summary>
    public static string RowsBreaking(Export export, StagedRowRule rule) =>
        $"select s.line_number, s.{rule.Column} from {export.Staging.QualifiedName} s where {rule.Offending("s")} order by s.line_number";

    public static string DeleteBreaking(Export export, StagedRowRule rule) =>
        $"delete from {export.Staging.QualifiedName} where {rule.Offending(export.Staging.QualifiedName)}";
}
