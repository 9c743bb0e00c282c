using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Migrations;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.Migrations;

/// <summary>
/// A warehouse migrated by an earlier release has exactly the shipped names in its journal. DbUp, given that journal,
/// must find nothing to run but the scripts added since: moving or adding fills never makes it run a script again.
/// </summary>
public abstract class EarlierReleaseJournalBehaviour
{
    protected abstract EngineKind Engine { get; }

    /// <summary>Each DbUp journal names its script column in its own way.</summary>
    protected abstract string ScriptNameColumn { get; }

    [SkippableFact]
    public void A_warehouse_migrated_by_an_earlier_release_has_only_the_newer_scripts_to_run()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var engine = warehouse.Open();
        var shipped = ShippedMigrations.For(Engine);
        using var tx = engine.Connection.BeginTransaction();
        var journal = engine.Connection.Query<string>($"select {ScriptNameColumn} from etl.schema_version", transaction: tx).ToList();
        engine.Connection.Execute($"delete from etl.schema_version where {ScriptNameColumn} not in ({string.Join(", ", shipped.Select(n => $"'{n}'"))})",
            transaction: tx);

        var pending = engine.CreateUpgrader(tx).WithScripts(Migrator.Scripts(Engine)).WithoutTransaction().Build()
            .GetScriptsToExecute().Select(s => s.Name).ToList();
        tx.Rollback();

        Assert.Empty(shipped.Except(journal));
        Assert.Equal(Migrator.Scripts(Engine).Select(s => s.Name).Except(shipped), pending);
        Assert.DoesNotContain(pending, n => n.EndsWith(WarehouseScripts.FillSuffix, StringComparison.Ordinal));
    }
}

public sealed class DuckDbEarlierReleaseJournalTests : EarlierReleaseJournalBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
    protected override string ScriptNameColumn => "script_name";
}

public sealed class PostgresEarlierReleaseJournalTests : EarlierReleaseJournalBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
    protected override string ScriptNameColumn => "scriptname";
}
