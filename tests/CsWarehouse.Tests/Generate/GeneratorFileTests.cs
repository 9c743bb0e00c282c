using System.Text.Json;
using CsWarehouse.Etl.Contracts;
using CsWarehouse.Etl.Loading;
using CsWarehouse.Generator.Layouts;

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

    /// <summary>
    /// Every CSV the generator writes under a canonical name (the folder itself, the roster at the start, and the files
    /// the layouts leave canonical or add, such as the dated snapshot series) starts with every field of the load's
    /// contract class for that file, in the contract's order; and every contract class is met by at least one file.
    /// </summary>
    [Fact]
    public void Every_file_the_generator_writes_has_every_field_of_its_contract_class_in_order()
    {
        using var layouts = GeneratedFolder.Generate(seed: 5, customers: 40, months: 3);
        // Every layout that keeps canonical names; stripe writes the snapshots in Stripe's own header instead.
        VendorLayouts.Apply(layouts.Dir, VendorLayouts.Names.Where(n => n != "stripe"), layouts.Options.TimeZone);
        var files = new List<(string Path, Export Export)>
        {
            (Path.Combine(exports.Clean.Dir, "generator", "roster_start", "agents.csv"), CanonicalExports.ForFile("agents.csv")!),
        };
        foreach (var path in Directory.GetFiles(exports.Clean.Dir, "*.csv").Concat(Directory.GetFiles(layouts.Dir, "*.csv")))
            if (ContractFor(Path.GetFileName(path)) is { } export) files.Add((path, export));

        foreach (var (path, export) in files)
            Assert.True(export.Fields.Select(f => f.Name).SequenceEqual(File.ReadLines(path).First().Split(',')),
                $"{Path.GetFileName(path)}: header '{File.ReadLines(path).First()}', contract '{string.Join(',', export.Fields.Select(f => f.Name))}'");
        Assert.Equal(CanonicalExports.All.Select(e => e.FileName).Order(), files.Select(f => f.Export.FileName).Distinct().Order());
        Assert.Contains(files, f => Path.GetFileName(f.Path).StartsWith("subscription_snapshots_", StringComparison.Ordinal));
    }

    /// <summary>The contract class a file name stands for, as the load recognises it (dated snapshot names included).</summary>
    private static Export? ContractFor(string fileName) =>
        DatedFileName.TryParse(fileName, out var snapshots, out _) ? snapshots : CanonicalExports.ForFile(fileName);

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
