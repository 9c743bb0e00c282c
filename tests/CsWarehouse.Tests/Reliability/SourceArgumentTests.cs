using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Reliability;

/// <summary>A wrong --source is a usage error found before any warehouse is created or migrated.</summary>
public sealed class SourceArgumentTests
{
    [Fact]
    public void A_missing_source_folder_exits_2_and_creates_no_warehouse()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var run = CswhProcess.Run(["load", "--source", Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N")), "--db", warehouse.DbArgument]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the folder does not exist", run.StandardError);
        Assert.False(File.Exists(warehouse.Target.ConnectionString));
    }

    [Fact]
    public void A_file_given_as_source_is_named_a_file_not_a_missing_folder()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\n");
        using var run = CswhProcess.Run(["load", "--source", Path.Combine(folder.Path, "tickets.csv"), "--db", warehouse.DbArgument]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file; give the folder", run.StandardError);
        Assert.False(File.Exists(warehouse.Target.ConnectionString));
    }
}
