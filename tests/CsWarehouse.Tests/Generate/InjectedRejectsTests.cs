namespace CsWarehouse.Tests.Generate;

[Collection(GeneratedExportsCollection.Name)]
public sealed class InjectedRejectsTests(GeneratedExports exports)
{
    private GeneratedFolder Dirty => exports.Dirty;

    private List<Dictionary<string, string>> Listed =>
        CsvRecords.Read(Path.Combine(Dirty.Dir, "generator", "injected_rejects.csv")) is var (header, records)
            ? records.Select(r => header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => r.Fields[p.i])).ToList()
            : [];

    [Fact]
    public void Each_file_gets_the_dirty_rate_share_of_its_rows_as_injected_rejects()
    {
        var listed = Listed;
        foreach (var file in ContractHeaders.Files.Keys)
        {
            int rows = Dirty.Read(file).Records.Count;
            int injected = listed.Count(l => l["file"] == file);
            Assert.InRange(injected, Math.Round(rows * GeneratedExports.DirtyRate) - 1, Math.Round(rows * GeneratedExports.DirtyRate) + 1);
        }
        Assert.Equal(listed.Count, Dirty.Result.InjectedRejects);
    }

    [Fact]
    public void Each_listed_line_breaks_exactly_its_named_rule_and_every_other_row_is_clean()
    {
        var rules = Dirty.Rules();
        var listed = Listed.ToDictionary(l => (l["file"], long.Parse(l["line"])), l => new Violation(l["column"], l["rule"]));
        foreach (var file in ContractHeaders.Files.Keys)
        {
            var (header, records) = Dirty.Read(file);
            foreach (var record in records)
            {
                var found = rules.Check(file, header, record.Fields);
                if (listed.Remove((file, record.Line), out var expected)) Assert.Equal([expected], found);
                else Assert.True(found is [], $"{file} line {record.Line}: {string.Join(", ", found)}");
            }
        }
        Assert.Empty(listed); // every listed line is the start of a record
    }

    [Fact]
    public void Injection_cycles_through_every_rule_of_a_file()
    {
        var rulesPerFile = Listed.GroupBy(l => l["file"])
            .ToDictionary(g => g.Key, g => g.Select(l => (l["column"], l["rule"])).Distinct().Count());
        Assert.Equal(13, rulesPerFile["tickets.csv"]);
        Assert.Equal(11, rulesPerFile["calls.csv"]);
        Assert.Equal(9, rulesPerFile["surveys.csv"]);
        Assert.Equal(6, rulesPerFile["ticket_messages.csv"]);
    }

    [Fact]
    public void Dirty_rows_keep_their_keys_unique_among_the_rows_that_load()
    {
        var listedLines = Listed.Where(l => l["file"] == "tickets.csv").Select(l => long.Parse(l["line"])).ToHashSet();
        var (_, records) = Dirty.Read("tickets.csv");
        var ids = records.Select(r => r.Fields[0]).Where(id => id.Length > 0).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.NotEmpty(listedLines);
    }
}
