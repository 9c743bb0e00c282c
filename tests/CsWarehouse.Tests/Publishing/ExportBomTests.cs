using CsWarehouse.Cli;
using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Publishing;

/// <summary><c>cswh export --format csv --bom</c>: files Excel opens as UTF-8, so non-Latin names read right.</summary>
public sealed class ExportBomTests
{
    [Fact]
    public void Csv_files_start_with_a_byte_order_mark_only_when_asked()
    {
        using var warehouse = TestWarehouse.CreateLoaded(EngineKind.DuckDb, new LoadSettings(),
            ("agents.csv", "agent_id,agent_name\nA1,สมชาย ใจดี\n"));
        var plain = Directory.CreateTempSubdirectory("cswh-export-").FullName;
        var marked = Directory.CreateTempSubdirectory("cswh-export-").FullName;
        try
        {
            Assert.Equal(0, CliApp.Run(["export", "--db", warehouse.DbArgument, "--format", "csv", "--out", plain], new Terminal(TextWriter.Null, TextWriter.Null, false)));
            Assert.Equal(0, CliApp.Run(["export", "--db", warehouse.DbArgument, "--format", "csv", "--bom", "--out", marked], new Terminal(TextWriter.Null, TextWriter.Null, false)));

            var withMark = File.ReadAllBytes(Path.Combine(marked, "dw.dim_agent.csv"));
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, withMark[..3]);
            Assert.Contains("สมชาย ใจดี", System.Text.Encoding.UTF8.GetString(withMark[3..]));
            Assert.NotEqual(0xEF, File.ReadAllBytes(Path.Combine(plain, "dw.dim_agent.csv"))[0]);
        }
        finally
        {
            Directory.Delete(plain, recursive: true);
            Directory.Delete(marked, recursive: true);
        }
    }
}
