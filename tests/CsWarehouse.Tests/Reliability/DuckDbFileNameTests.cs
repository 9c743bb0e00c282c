using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Reliability;

/// <summary>A DuckDB warehouse file may have any name, including one of the warehouse's own schema names.</summary>
public sealed class DuckDbFileNameTests
{
    [Theory]
    [InlineData("dw.duckdb")]
    [InlineData("kpi.duckdb")]
    [InlineData("stg.duckdb")]
    [InlineData("etl.duckdb")]
    public void A_warehouse_file_named_like_a_schema_migrates_loads_and_reads(string fileName)
    {
        var folder = Directory.CreateTempSubdirectory("cswh-name-").FullName;
        var db = "duckdb:" + Path.Combine(folder, fileName);
        try
        {
            using var exports = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nT1,2026-03-01T09:00:00Z,email\n");
            using var load = CswhProcess.Run(["load", "--source", exports.Path, "--db", db]);
            Assert.True(load.ExitCode == 0, load.StandardError);
            using var runs = CswhProcess.Run(["runs", "--db", db]);
            Assert.True(runs.ExitCode == 0, runs.StandardError);
            Assert.Contains("succeeded", runs.StandardOutput);
            Assert.Equal(1L, WarehouseSnapshot.Scalar<long>(Parse(db), "select count(*) from dw.fact_ticket"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static WarehouseTarget Parse(string db) => WarehouseTarget.Parse(db);
}
