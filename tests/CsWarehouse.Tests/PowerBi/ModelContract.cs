using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.PowerBi;

/// <summary>Every table and column the model reads exists, with a compatible type, in a freshly migrated warehouse.</summary>
public abstract class ModelContract
{
    protected abstract EngineKind Engine { get; }

    [SkippableFact]
    public void Every_model_table_reads_an_existing_view_with_every_column_in_a_compatible_type()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using (warehouse.Open()) { }
        var warehouseTables = WarehouseSnapshot.Tables(warehouse.Target, "kpi", "dw");
        var problems = new List<string>();

        foreach (var table in PowerBiModel.Tables(PowerBiModel.Load()))
        {
            var name = PowerBiModel.Name(table);
            var source = PowerBiModel.Source(table);
            var (schema, item) = (source.Split('.')[0], source.Split('.')[1]);
            var expression = PowerBiModel.Text(table["partitions"]![0]!["source"]!["expression"]);
            if (!expression.Contains($"[Schema = \"{schema}\", Item = \"{item}\"]", StringComparison.Ordinal)
                || !expression.Contains($"\"/{schema}.{item}.parquet\"", StringComparison.Ordinal))
                problems.Add($"{name}: partition does not read {source} on every engine");
            if (schema == "dw" && item.StartsWith("fact_", StringComparison.Ordinal) && warehouseTables.Keys.Any(k => k.StartsWith("kpi.") && k.Contains(item[5..])))
                problems.Add($"{name}: reads {source} although a kpi view serves it");
            if (!warehouseTables.TryGetValue(source, out var columns))
            {
                problems.Add($"{name}: {source} does not exist");
                continue;
            }
            var types = columns.ToDictionary(c => c.Column, c => c.Type);
            foreach (var column in table["columns"]!.AsArray())
            {
                var sourceColumn = column!["sourceColumn"]!.GetValue<string>();
                var dataType = column["dataType"]!.GetValue<string>();
                if (!types.TryGetValue(sourceColumn, out var type)) problems.Add($"{name}[{sourceColumn}]: no such column in {source}");
                else if (!Compatible(dataType, type)) problems.Add($"{name}[{sourceColumn}]: model {dataType}, warehouse {type}");
            }
        }
        Assert.Empty(problems);
    }

    /// <summary>Whether a warehouse column type loads losslessly into the model's data type.</summary>
    public static bool Compatible(string modelType, string warehouseType) => modelType switch
    {
        "int64" => warehouseType is "integer" or "bigint" or "smallint" or "int" or "int4" or "int8",
        "decimal" or "double" => warehouseType.StartsWith("decimal", StringComparison.Ordinal) || warehouseType.StartsWith("numeric", StringComparison.Ordinal)
            || warehouseType is "double" or "double precision" or "real" or "integer" or "bigint",
        "string" => warehouseType.Contains("char", StringComparison.Ordinal) || warehouseType is "text",
        "dateTime" => warehouseType is "date" || warehouseType.StartsWith("timestamp", StringComparison.Ordinal),
        "boolean" => warehouseType is "boolean",
        _ => false,
    };
}

public sealed class DuckDbModelContract : ModelContract
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresModelContract : ModelContract
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
