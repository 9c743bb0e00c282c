using System.Text.Json;

namespace CsWarehouse.Tests.Generate;

[Collection(GeneratedExportsCollection.Name)]
public sealed class GeneratorFileTests(GeneratedExports exports)
{
    [Fact]
    public void Every_contract_file_is_written_with_the_contracts_exact_header()
    {
        foreach (var (file, header) in ContractHeaders.Files)
        {
            string path = Path.Combine(exports.Clean.Dir, file);
            Assert.True(File.Exists(path), file);
            Assert.Equal(string.Join(',', header), File.ReadLines(path).First());
        }
    }

    /// <summary>Every column the load's contract classes read is in the generated file, in the same order.</summary>
    [Fact]
    public void Every_column_of_every_contract_class_is_in_the_generated_file()
    {
        // Subscription snapshots are written only as a dated series, by --layout snapshots or stripe.
        foreach (var export in CsWarehouse.Etl.Contracts.CanonicalExports.All.Where(e => e.FileName != "subscription_snapshots.csv"))
        {
            var header = File.ReadLines(Path.Combine(exports.Clean.Dir, export.FileName)).First().Split(',');
            Assert.Equal(export.Fields.Select(f => f.Name).ToArray(), header);
        }
    }

    [Fact]
    public void Only_contract_files_are_top_level_csv_files()
    {
        var topLevel = Directory.GetFiles(exports.Clean.Dir, "*.csv").Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(ContractHeaders.Files.Keys.Order().ToArray(), topLevel);
        Assert.True(File.Exists(Path.Combine(exports.Clean.Dir, "generator", "manifest.json")));
        Assert.True(File.Exists(Path.Combine(exports.Clean.Dir, "generator", "injected_rejects.csv")));
    }

    [Fact]
    public void Files_are_utf8_without_bom_and_use_lf_line_endings()
    {
        foreach (var file in ContractHeaders.Files.Keys)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(exports.Clean.Dir, file));
            Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], file);
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        }
    }

    [Fact]
    public void Result_and_manifest_row_counts_match_the_records_written()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(exports.Clean.Dir, "generator", "manifest.json")));
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("file").GetString()!, f => f.GetProperty("rows").GetInt64());
        Assert.Equal(ContractHeaders.Files.Count, exports.Clean.Result.Files.Count);
        foreach (var generated in exports.Clean.Result.Files)
        {
            long records = exports.Clean.Read(generated.FileName).Records.Count;
            Assert.Equal(records, generated.Rows);
            Assert.Equal(records, listed[generated.FileName]);
        }
        Assert.Equal(11, manifest.RootElement.GetProperty("seed").GetInt32());
        Assert.Equal("Asia/Ho_Chi_Minh", manifest.RootElement.GetProperty("time_zone").GetString());
    }

    [Fact]
    public void Roster_at_start_has_the_agent_columns_and_shows_team_changes()
    {
        var start = CsvRecords.Read(Path.Combine(exports.Large.Dir, "generator", "roster_start", "agents.csv"));
        Assert.Equal(ContractHeaders.Files["agents.csv"], start.Header);
        var startTeams = start.Records.ToDictionary(r => r.Fields[0], r => r.Fields[2]);
        var finalTeams = exports.Large.Rows("agents.csv").ToDictionary(r => r["agent_id"], r => r["team"]);
        Assert.Contains(startTeams, p => finalTeams[p.Key] != p.Value);
        Assert.Contains(finalTeams.Keys, id => !startTeams.ContainsKey(id)); // hired during the period
    }
}
