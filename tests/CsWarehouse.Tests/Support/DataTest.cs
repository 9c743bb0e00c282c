using System.Globalization;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Migrations;
using Dapper;

namespace CsWarehouse.Tests.Support;

/// <summary>Runs one data test file (warehouse/tests/*.sql) against a warehouse and formats what it found.</summary>
internal static class DataTest
{
    public static List<IDictionary<string, object?>> Run(WarehouseTarget target, string fileName)
    {
        var script = WarehouseScripts.DataTests.Single(s => s.FileName == fileName);
        using var engine = WarehouseEngines.Open(target);
        return engine.Connection.Query(WarehouseScripts.Substitute(script.Text, engine.SqlVariables))
            .Select(r => (IDictionary<string, object?>)r)
            .ToList();
    }

    public static string Describe(IReadOnlyList<IDictionary<string, object?>> rows) =>
        string.Join("\n", rows.Take(50).Select(r => "  " + string.Join(" | ", r.Select(kv => $"{kv.Key}={Format(kv.Value)}"))))
        + (rows.Count > 50 ? $"\n  ... {rows.Count - 50} more" : "");

    private static string Format(object? value) => value switch
    {
        null => "null",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
