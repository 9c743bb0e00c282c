using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Loading;
using CsWarehouse.Etl.Migrations;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.Reliability;

/// <summary>Migrations touch the kpi views only when their text changed, in one transaction.</summary>
public abstract class ViewMigrationBehaviour
{
    protected abstract EngineKind Engine { get; }

    protected static IReadOnlyList<string> MigrateAgain(TestWarehouse warehouse)
    {
        using var engine = WarehouseEngines.Open(warehouse.Target);
        Assert.True(engine.TryAcquireRunLock());
        return Migrator.Migrate(engine, SilentRunLog.Instance);
    }

    protected static void Execute(TestWarehouse warehouse, string sql)
    {
        using var engine = WarehouseEngines.Open(warehouse.Target);
        engine.Connection.Execute(sql);
    }

    [SkippableFact]
    public void Migrating_an_up_to_date_warehouse_changes_nothing()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        warehouse.Open().Dispose();
        var views = ViewIds.Of(warehouse.Target);

        Assert.Empty(MigrateAgain(warehouse));
        Assert.Equal(ViewIds.Expected, views.Count);
        Assert.Equal(views, ViewIds.Of(warehouse.Target));
    }

    [SkippableFact]
    public void Only_a_view_whose_text_changed_is_replaced()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        warehouse.Open().Dispose();
        Execute(warehouse, "update etl.view_definition set definition_sha256 = 'older text' where view_name = 'calls_daily'");

        Assert.Equal(["kpi.calls_daily"], MigrateAgain(warehouse));
        Assert.Empty(MigrateAgain(warehouse));
        Assert.Equal(ViewIds.Expected, ViewIds.Of(warehouse.Target).Count);
    }

    [SkippableFact]
    public void A_missing_view_is_created_again()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        warehouse.Open().Dispose();
        Execute(warehouse, "drop view kpi.data_health");

        Assert.Equal(["kpi.data_health"], MigrateAgain(warehouse));
        Assert.Contains("data_health", ViewIds.Of(warehouse.Target).Keys);
    }
}

public sealed class DuckDbViewMigrationBehaviour : ViewMigrationBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresViewMigrationBehaviour : ViewMigrationBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;

    [SkippableFact]
    public void A_view_replaced_in_place_keeps_its_grants_and_the_users_views_built_on_it()
    {
        using var role = PostgresRole.Create(); // dropped after the database that holds its grants
        using var warehouse = TestWarehouse.Create(Engine);
        warehouse.Open().Dispose();
        Execute(warehouse, $"grant usage on schema kpi to {role.Name}; grant select on kpi.calls_daily to {role.Name}; " +
                           "create view public.my_calls as select * from kpi.calls_daily; " +
                           "update etl.view_definition set definition_sha256 = 'older text'");
        var before = ViewIds.Of(warehouse.Target);

        Assert.Equal(ViewIds.Expected, MigrateAgain(warehouse).Count);

        Assert.Equal(before, ViewIds.Of(warehouse.Target)); // replaced in place, never dropped
        Assert.True(WarehouseSnapshot.Scalar<bool>(warehouse.Target, $"select has_table_privilege('{role.Name}', 'kpi.calls_daily', 'select')"));
        Assert.Equal(1L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from information_schema.views where table_name = 'my_calls'"));
    }

    [SkippableFact]
    public void A_view_whose_columns_changed_is_created_anew_with_its_grants_given_back()
    {
        using var role = PostgresRole.Create(); // dropped after the database that holds its grants
        using var warehouse = TestWarehouse.Create(Engine);
        warehouse.Open().Dispose();
        // An older definition with other columns: PostgreSQL cannot replace it in place.
        Execute(warehouse, "drop view kpi.agent; create view kpi.agent as select 1 as old_column; " +
                           $"grant usage on schema kpi to {role.Name}; grant select on kpi.agent to {role.Name}; " +
                           "update etl.view_definition set definition_sha256 = 'older text' where view_name = 'agent'");

        Assert.Equal(ViewIds.Expected, MigrateAgain(warehouse).Count); // all created anew

        Assert.Equal(0L, WarehouseSnapshot.Scalar<long>(warehouse.Target,
            "select count(*) from information_schema.columns where table_schema = 'kpi' and table_name = 'agent' and column_name = 'old_column'"));
        Assert.True(WarehouseSnapshot.Scalar<bool>(warehouse.Target, $"select has_table_privilege('{role.Name}', 'kpi.agent', 'select')"));
    }

    [SkippableFact]
    public void A_view_other_kpi_views_read_is_created_anew_with_them_when_its_columns_change()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        warehouse.Open().Dispose();
        using (var engine = WarehouseEngines.Open(warehouse.Target))
        {
            var views = KpiViews.For(engine).ToDictionary(v => v.Name);
            var readers = new[] { "response_time_weekday", "topic_drivers_monthly", "channel_mix_monthly" };
            // An older tickets_created_daily with one more column in front, and the views that read it built on it.
            foreach (var reader in readers) engine.Connection.Execute($"drop view kpi.{reader}");
            engine.Connection.Execute("drop view kpi.tickets_created_daily");
            var body = views["tickets_created_daily"].CreateSql;
            body = body[(body.IndexOf(" as", body.IndexOf("kpi.tickets_created_daily", StringComparison.Ordinal), StringComparison.Ordinal) + 3)..].TrimEnd().TrimEnd(';');
            engine.Connection.Execute($"create view kpi.tickets_created_daily as select 0 as old_first_column, t.* from ({body}) t");
            foreach (var reader in readers) engine.Connection.Execute(views[reader].CreateSql);
            engine.Connection.Execute("update etl.view_definition set definition_sha256 = 'older text' where view_name = 'tickets_created_daily'");
        }

        Assert.Equal(ViewIds.Expected, MigrateAgain(warehouse).Count);

        Assert.Equal(ViewIds.Expected, ViewIds.Of(warehouse.Target).Count);
        Assert.Equal(0L, WarehouseSnapshot.Scalar<long>(warehouse.Target,
            "select count(*) from information_schema.columns where table_schema = 'kpi' and column_name = 'old_first_column'"));
    }
}
