using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Tests.Support;
using Dapper;
using Npgsql;

namespace CsWarehouse.Tests.Reliability;

/// <summary>cswh grant-reader: the reader reads every kpi view and the model's dw tables, and nothing else.</summary>
public sealed class ReaderRoleTests
{
    private const string Tickets = "ticket_id,created_at,channel\nT1,2026-03-01T09:00:00Z,email\n";

    [SkippableFact]
    public void A_reader_reads_every_kpi_view_after_runs_kpi_and_a_load_and_cannot_read_staging_the_run_log_or_write()
    {
        using var role = PostgresRole.Create();
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        using var folder = new ExportFolder().With("tickets.csv", Tickets);
        Assert.True(warehouse.Load(folder.Path).Succeeded);

        using (var grant = CswhProcess.Run(["grant-reader", "--role", role.Name, "--db", warehouse.DbArgument]))
            Assert.True(grant.ExitCode == 0, grant.StandardError);
        foreach (var command in new[] { new[] { "runs" }, ["kpi"], ["load", "--source", folder.Path] })
        {
            using var run = CswhProcess.Run([.. command, "--db", warehouse.DbArgument]);
            Assert.True(run.ExitCode == 0, run.StandardError);
        }
        // A migration that has to create the views anew must give the reader its rights back too.
        using (var engine = WarehouseEngines.Open(warehouse.Target))
            engine.Connection.Execute("update etl.view_definition set definition_sha256 = 'older text'");
        using (var migrate = CswhProcess.Run(["migrate", "--db", warehouse.DbArgument]))
            Assert.True(migrate.ExitCode == 0, migrate.StandardError);

        var database = new NpgsqlConnectionStringBuilder(warehouse.Target.ConnectionString).Database!;
        using var reader = new NpgsqlConnection(role.ConnectionString(database));
        reader.Open();
        var views = reader.Query<string>("select table_name from information_schema.views where table_schema = 'kpi'").ToList();
        Assert.Equal(ViewIds.Expected, views.Count);
        foreach (var view in views)
            reader.Execute($"select * from kpi.{view} limit 1");
        foreach (var table in ReaderRole.ModelTables)
            reader.Execute($"select * from {table} limit 1");
        foreach (var forbidden in new[] { "select * from stg.ticket", "select * from etl.load_run", "select * from dw.fact_ticket",
                     "delete from dw.dim_customer", "insert into dw.kpi_target (month_key) values (1)", "create table kpi.mine (x int)" })
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege,
                Assert.Throws<PostgresException>(() => reader.Execute(forbidden)).SqlState);

        using var kpi = CswhProcess.Run(["kpi", "--db", "postgres:" + role.ConnectionString(database)]);
        Assert.True(kpi.ExitCode == 0, kpi.StandardError);
    }

    [Fact]
    public void On_DuckDB_grant_reader_explains_that_file_permissions_decide()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var run = CswhProcess.Run(["grant-reader", "--role", "report", "--db", warehouse.DbArgument]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("file's permissions", run.StandardError);
        Assert.False(File.Exists(warehouse.Target.ConnectionString));
    }

    [Fact]
    public void The_model_tables_a_reader_gets_are_the_dw_tables_the_Power_BI_model_reads()
    {
        var model = Path.Combine(RepositoryPaths.Root(), "powerbi");
        var named = Directory.EnumerateFiles(model, "*", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"\bdw\.(\w+)").Select(m => "dw." + m.Groups[1].Value))
            .ToHashSet();
        Assert.Equal(named.Order(), ReaderRole.ModelTables.Order());
    }
}
