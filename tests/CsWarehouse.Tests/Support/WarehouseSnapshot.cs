using System.Globalization;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using Dapper;

namespace CsWarehouse.Tests.Support;

/// <summary>Reads a warehouse back for assertions: whole tables as sorted text, counts and sums of numeric columns.</summary>
public static class WarehouseSnapshot
{
    public static List<IDictionary<string, object?>> Query(WarehouseTarget target, string sql)
    {
        using var engine = WarehouseEngines.Open(target);
        return engine.Connection.Query(sql).Select(r => (IDictionary<string, object?>)r).ToList();
    }

    public static T Scalar<T>(WarehouseTarget target, string sql)
    {
        using var engine = WarehouseEngines.Open(target);
        return engine.Connection.ExecuteScalar<T>(sql)!;
    }

    /// <summary>Every table of the given schemas with its columns, from information_schema.</summary>
    public static Dictionary<string, List<(string Column, string Type)>> Tables(WarehouseTarget target, params string[] schemas)
    {
        var list = string.Join(", ", schemas.Select(s => $"'{s}'"));
        var rows = Query(target,
            "select table_schema, table_name, column_name, data_type, ordinal_position from information_schema.columns " +
            $"where table_schema in ({list}) order by table_schema, table_name, ordinal_position");
        return rows.GroupBy(r => $"{r["table_schema"]}.{r["table_name"]}")
            .ToDictionary(g => g.Key, g => g.Select(r => ((string)r["column_name"]!, ((string)r["data_type"]!).ToLowerInvariant())).ToList());
    }

    /// <summary>
    /// All rows of every table of the schemas, as sorted lines: equal text means equal content. The run_id of a dw
    /// row is left out: it names the run that last wrote the row, and a run that writes a row again unchanged
    /// (a re-load of the same export) changes no content.
    /// </summary>
    public static string Content(WarehouseTarget target, params string[] schemas)
    {
        var lines = new List<string>();
        foreach (var table in Tables(target, schemas).Keys.Order(StringComparer.Ordinal))
        {
            var rows = Query(target, $"select * from {table}")
                .Select(r => table.StartsWith("dw.", StringComparison.Ordinal) ? WithoutRunId(r) : r)
                .Select(Line).Order(StringComparer.Ordinal).ToList();
            lines.Add($"## {table} ({rows.Count} rows)");
            lines.AddRange(rows);
        }
        return string.Join("\n", lines);
    }

    /// <summary>Row count and the sum of every numeric column of every table: what two engines must agree on.</summary>
    public static SortedDictionary<string, decimal> Fingerprint(WarehouseTarget target, params string[] schemas)
    {
        var result = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (table, columns) in Tables(target, schemas))
        {
            result[$"{table} rows"] = Scalar<long>(target, $"select count(*) from {table}");
            foreach (var (column, type) in columns.Where(c => IsNumeric(c.Type)))
                result[$"{table}.{column}"] = Scalar<decimal?>(target, $"select sum(cast({column} as decimal(38, 6))) from {table}") ?? 0;
        }
        return result;
    }

    private static bool IsNumeric(string type) =>
        type.Contains("int") || type.StartsWith("decimal") || type.StartsWith("numeric");

    private static IDictionary<string, object?> WithoutRunId(IDictionary<string, object?> row) =>
        row.Where(kv => kv.Key != "run_id").ToDictionary(kv => kv.Key, kv => kv.Value);

    private static string Line(IDictionary<string, object?> row) =>
        string.Join(" | ", row.Select(kv => $"{kv.Key}={Format(kv.Value)}"));

    private static string Format(object? value) => value switch
    {
        null => "∅",
        decimal d => d.ToString("0.########", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
