using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Loading;

/// <summary>The migrated schema as text, so a schema change shows up in review; and migrating twice changes nothing.</summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public void The_migrated_duckdb_schema_matches_the_reviewed_snapshot()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using (warehouse.Open()) { }
        using (warehouse.Open()) { } // a second migration must be a no-op, not an error

        var tables = WarehouseSnapshot.Tables(warehouse.Target, "etl", "stg", "dw", "kpi");
        var text = string.Join("\n", tables.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => $"{t.Key}\n" + string.Join("\n", t.Value.Select(c => $"    {c.Column} {c.Type}"))));
        Snapshot.Match("schema-duckdb.txt", text + "\n");
    }
}
