using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.Reliability;

/// <summary>kpi, runs and export only read: no run lock, no DDL, and a clear refusal of a warehouse they cannot read.</summary>
public abstract class ReadingSessionBehaviour
{
    protected abstract EngineKind Engine { get; }

    public static readonly string[][] Reads = [["runs"], ["kpi"], ["export", "--out"]];

    protected static CswhProcess Read(string[] command, TestWarehouse warehouse)
    {
        var args = command.ToList();
        if (args[^1] == "--out") args.Add(Path.Combine(Path.GetTempPath(), "cswh-export-" + Guid.NewGuid().ToString("N")));
        return CswhProcess.Run([.. args, "--db", warehouse.DbArgument]);
    }

    [SkippableFact]
    public void A_read_of_a_warehouse_with_views_older_than_the_program_fails_and_says_to_migrate()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        warehouse.Open().Dispose();
        using (var engine = Etl.Engines.WarehouseEngines.Open(warehouse.Target))
            engine.Connection.Execute("update etl.view_definition set definition_sha256 = 'older text' where view_name = 'calendar'");
        var views = ViewIds.Of(warehouse.Target);

        foreach (var command in Reads)
        {
            using var read = Read(command, warehouse);
            Assert.True(read.ExitCode == 1, read.StandardError);
            Assert.Contains("older than this cswh", read.StandardError);
            Assert.Contains("cswh migrate", read.StandardError);
        }
        Assert.Equal(views, ViewIds.Of(warehouse.Target));
    }

    [SkippableFact]
    public void Reads_of_a_loaded_warehouse_succeed_and_leave_every_view_as_it_was()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using (var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nT1,2026-03-01T09:00:00Z,email\n"))
            Assert.True(warehouse.Load(folder.Path).Succeeded);
        var views = ViewIds.Of(warehouse.Target);

        foreach (var command in Reads)
        {
            using var read = Read(command, warehouse);
            Assert.True(read.ExitCode == 0, read.StandardError);
            Assert.DoesNotContain("migrate:", read.StandardError);
        }
        Assert.Equal(views, ViewIds.Of(warehouse.Target));
    }
}

public sealed class DuckDbReadingSessionBehaviour : ReadingSessionBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;

    [Fact]
    public void A_misspelt_warehouse_file_is_refused_and_not_created()
    {
        var folder = Directory.CreateTempSubdirectory("cswh-typo-").FullName;
        var typo = Path.Combine(folder, "warehose.duckdb");
        try
        {
            foreach (var command in Reads)
            {
                var args = command.ToList();
                if (args[^1] == "--out") args.Add(Path.Combine(folder, "out"));
                using var read = CswhProcess.Run([.. args, "--db", "duckdb:" + typo]);
                Assert.Equal(2, read.ExitCode);
                Assert.Contains("no such warehouse file", read.StandardError);
                Assert.False(File.Exists(typo), string.Join(" ", command) + " created the misspelt warehouse");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

public sealed class PostgresReadingSessionBehaviour : ReadingSessionBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;

    [SkippableFact]
    public void Reads_go_on_while_a_run_holds_the_lock()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var holder = warehouse.Open(); // holds the run lock, as a load would
        foreach (var command in Reads)
        {
            using var read = Read(command, warehouse);
            Assert.True(read.ExitCode == 0, read.StandardError);
        }
    }

    [SkippableFact]
    public void A_read_of_a_database_without_a_warehouse_fails_and_creates_nothing()
    {
        using var warehouse = TestWarehouse.Create(Engine); // an empty database

        foreach (var command in Reads)
        {
            using var read = Read(command, warehouse);
            Assert.True(read.ExitCode == 1, read.StandardError);
            Assert.Contains("holds no cswh warehouse", read.StandardError);
        }
        Assert.Equal(0L, WarehouseSnapshot.Scalar<long>(warehouse.Target,
            "select count(*) from information_schema.schemata where schema_name in ('etl', 'stg', 'dw', 'kpi')"));
    }
}
