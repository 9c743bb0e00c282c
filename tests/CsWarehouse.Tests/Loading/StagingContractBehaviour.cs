using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Contracts;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.Loading;

/// <summary>
/// The contract classes (Contracts/*.cs) say which columns a staging table gets and of what kind; the migrations in
/// warehouse/1_staging create the tables. Each staged column must exist, with a type that holds its values, on
/// every engine; and the staging table has no column the contract does not fill.
/// </summary>
public abstract class StagingContractBehaviour
{
    protected abstract EngineKind Engine { get; }

    [SkippableFact]
    public void Every_contract_column_is_a_staging_column_of_a_compatible_type()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var engine = warehouse.Open();

        var problems = Problems(engine);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The check is real: a staging table without a column its contract stages is named, column and kind.</summary>
    [SkippableFact]
    public void A_contract_column_missing_from_staging_is_named()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var engine = warehouse.Open();
        engine.Connection.Execute("alter table stg.subscription drop column rate_month_key");
        engine.Connection.Execute("alter table stg.support_cost add fx_rate decimal(18, 8)");

        var problems = Problems(engine);

        Assert.Equal(["stg.subscription.rate_month_key (Int32) is missing", "stg.support_cost.fx_rate is not filled by SupportCostsExport"],
            problems.Order(StringComparer.Ordinal));
    }

    private static List<string> Problems(IWarehouseEngine engine)
    {
        var columns = engine.Connection.Query<(string Table, string Column, string Type)>(
                "select table_name, column_name, data_type from information_schema.columns where table_schema = 'stg'")
            .ToLookup(c => c.Table, c => (c.Column, Type: c.Type.ToLowerInvariant()));

        var problems = new List<string>();
        foreach (var export in CanonicalExports.All)
        {
            var staged = columns[export.Staging.Name].ToDictionary(c => c.Column, c => c.Type);
            foreach (var column in export.Staging.Columns)
            {
                if (!staged.TryGetValue(column.Name, out var type))
                    problems.Add($"{export.Staging.QualifiedName}.{column.Name} ({column.Kind}) is missing");
                else if (!Compatible(column.Kind, type))
                    problems.Add($"{export.Staging.QualifiedName}.{column.Name}: {type} cannot hold {column.Kind}");
            }
            problems.AddRange(staged.Keys.Except(export.Staging.Columns.Select(c => c.Name))
                .Select(extra => $"{export.Staging.QualifiedName}.{extra} is not filled by {export.GetType().Name}"));
        }
        return problems;
    }

    private static bool Compatible(ValueKind kind, string type) => kind switch
    {
        ValueKind.Text => type is "varchar" or "character varying" or "text" or "nvarchar",
        ValueKind.Int32 => type is "integer" or "int" or "bigint",
        ValueKind.Int64 => type is "bigint",
        ValueKind.Decimal => type.StartsWith("decimal", StringComparison.Ordinal) || type == "numeric",
        ValueKind.Timestamp => type.StartsWith("timestamp", StringComparison.Ordinal) || type == "datetime2",
        ValueKind.Date => type == "date",
        _ => false,
    };
}

public sealed class DuckDbStagingContractTests : StagingContractBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresStagingContractTests : StagingContractBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
