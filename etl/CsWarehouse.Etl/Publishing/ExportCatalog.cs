using System.Data.Common;

namespace CsWarehouse.Etl.Publishing;

/// <summary>
/// Lists every table and view of the exported schemas from information_schema, which reads the same on
/// DuckDB, PostgreSQL and SQL Server: the Power BI model reads kpi views, dw dimensions and two dw tables.
/// </summary>
public static class ExportCatalog
{
    public static readonly IReadOnlyList<string> Schemas = ["kpi", "dw"];

    /// <summary>The column of a dw row that names the run that last wrote it, left out of exports.</summary>
    public const string RunIdColumn = "run_id";

    public static IReadOnlyList<ExportTable> List(DbConnection connection)
    {
        var schemaList = string.Join(", ", Schemas.Select(s => $"'{s}'"));
        var tables = new List<(string Schema, string Name)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "select table_schema, table_name from information_schema.tables " +
                $"where table_schema in ({schemaList}) and table_type in ('BASE TABLE', 'VIEW')";
            using var reader = command.ExecuteReader();
            while (reader.Read()) tables.Add((reader.GetString(0), reader.GetString(1)));
        }

        var columns = new Dictionary<(string, string), List<(int Position, ExportColumn Column)>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText =
                "select table_schema, table_name, column_name, data_type, numeric_precision, numeric_scale, is_nullable, ordinal_position " +
                $"from information_schema.columns where table_schema in ({schemaList})";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                // Which run last wrote a dw row is the load's bookkeeping, not a figure: a nightly export of data
                // that did not change stays the same file content when a re-load wrote the rows again.
                if (reader.GetString(0) == "dw" && reader.GetString(2) == RunIdColumn) continue;
                var kind = ExportColumnKinds.FromDataType(reader.GetString(3));
                var decimalType = kind == ExportColumnKind.Decimal && !reader.IsDBNull(4);
                var column = new ExportColumn(
                    reader.GetString(2),
                    kind,
                    decimalType ? Convert.ToInt32(reader.GetValue(4)) : ExportColumn.DefaultPrecision,
                    decimalType && !reader.IsDBNull(5) ? Convert.ToInt32(reader.GetValue(5)) : ExportColumn.DefaultScale,
                    !string.Equals(reader.GetString(6), "NO", StringComparison.OrdinalIgnoreCase));
                var key = (reader.GetString(0), reader.GetString(1));
                if (!columns.TryGetValue(key, out var list)) columns[key] = list = [];
                list.Add((Convert.ToInt32(reader.GetValue(7)), column));
            }
        }

        return tables
            .Where(t => columns.ContainsKey(t))
            .OrderBy(t => Schemas.ToList().IndexOf(t.Schema)).ThenBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new ExportTable(t.Schema, t.Name, columns[t].OrderBy(c => c.Position).Select(c => c.Column).ToList()))
            .ToList();
    }
}
