using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Contracts;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Loading;

/// <summary>
/// The bounds the read checks are the bounds of the real columns: on PostgreSQL (whose text columns have lengths)
/// every field's staging column has exactly the length, precision and scale its <see cref="Field"/> declares.
/// </summary>
public sealed class ColumnBoundsMatchTheSchema
{
    [SkippableFact]
    public void Every_field_declares_the_length_precision_and_scale_of_its_staging_column()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        using (warehouse.Open()) { }
        var columns = WarehouseSnapshot.Query(warehouse.Target,
                "select table_name, column_name, character_maximum_length, numeric_precision, numeric_scale " +
                "from information_schema.columns where table_schema = 'stg'")
            .ToDictionary(r => ((string)r["table_name"]!, (string)r["column_name"]!),
                r => (Length: r["character_maximum_length"] as int?, Precision: r["numeric_precision"] as int?, Scale: r["numeric_scale"] as int?));

        var checkedFields = 0;
        foreach (var export in CanonicalExports.All)
        foreach (var field in export.Fields.Where(f => f.Type is FieldType.Text or FieldType.Code or FieldType.Decimal))
        {
            var column = columns[(export.Staging.Name, field.Name)];
            var where = $"{export.FileName} {field.Name}";
            if (field.Type == FieldType.Decimal)
                Assert.True((column.Precision, column.Scale) == (field.Precision, field.Scale),
                    $"{where}: column is decimal({column.Precision}, {column.Scale}), field says ({field.Precision}, {field.Scale})");
            else
                Assert.True(column.Length == field.MaxLength, $"{where}: column holds {column.Length} characters, field says {field.MaxLength}");
            checkedFields++;
        }
        Assert.True(checkedFields > 50, $"only {checkedFields} fields checked");
    }
}
