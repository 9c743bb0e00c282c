using System.Text.RegularExpressions;
using CsWarehouse.Etl.Contracts;
using CsWarehouse.Etl.Kpi;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Docs;

/// <summary>The specs the code follows live in docs/, cover everything the code knows, and are what the code points to.</summary>
public sealed partial class ProjectDocsTests
{
    private static string Doc(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "docs", name));

    [Fact]
    public void Kpi_md_defines_every_kpi_code_in_a_table_row_of_its_own()
    {
        var rows = Doc("kpi.md").Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Select(l => l.Split('|')[1].Trim()).ToHashSet(StringComparer.Ordinal);

        var missing = KpiCodes.All.Except(rows).ToList();
        Assert.True(missing.Count == 0, "not in docs/kpi.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Contract_md_describes_every_canonical_file_with_its_key_and_every_column()
    {
        var contract = Doc("contract.md");
        foreach (var export in CanonicalExports.All)
        {
            var heading = $"### {export.FileName} — key {string.Join(", ", export.Key.Select(k => $"`{k.Name}`"))}";
            var start = contract.IndexOf(heading, StringComparison.Ordinal);
            Assert.True(start >= 0, $"contract.md has no section '{heading}'");
            var end = contract.IndexOf("\n### ", start + 1, StringComparison.Ordinal);
            var section = contract[start..(end < 0 ? contract.Length : end)];
            foreach (var field in export.Fields)
                Assert.Matches($@"\n\| {Regex.Escape(field.Name)} \| {Regex.Escape(TypeWord(field.Type))} \| {(field.Required ? "yes" : "no")} \|", section);
        }
    }

    [Fact]
    public void Contract_md_leaves_a_place_for_vendor_files_that_links_the_profiles()
    {
        var contract = Doc("contract.md");

        Assert.Contains("## Vendor files and profiles", contract);
        Assert.Contains("(profiles.md)", contract);
    }

    [Fact]
    public void Design_md_covers_the_data_flow_every_schema_the_engines_and_unattended_runs()
    {
        var design = Doc("design.md");

        Assert.All(["## Data flow", "## Schemas", "## Engines", "## Running unattended"], h => Assert.Contains(h, design));
        Assert.All(["`stg`", "`dw`", "`kpi`", "`etl`"], schema => Assert.Contains($"| {schema} |", design));
    }

    [Fact]
    public void Readme_folder_table_names_exactly_the_folders_of_warehouse()
    {
        var root = RepositoryPaths.Root();
        var row = File.ReadAllLines(Path.Combine(root, "README.md")).Single(l => l.StartsWith("| `warehouse/` |", StringComparison.Ordinal));
        var named = FolderName().Matches(row.Split('|')[2]).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        // Git keeps no empty folder: one left behind on disk is not part of the tree.
        var folders = Directory.GetDirectories(Path.Combine(root, "warehouse"))
            .Where(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Any()).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(folders.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"`(\w+)/`")]
    private static partial Regex FolderName();

    [Fact]
    public void Nothing_in_the_repository_points_at_specs_outside_it()
    {
        var root = RepositoryPaths.Root();
        var offenders = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".cs" or ".md" or ".sql" or ".json")
            .Where(f => !Regex.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/'), @"(^|/)(bin|obj|node_modules|\.git)/"))
            .Where(f => OutsideSpec().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f));

        Assert.Empty(offenders);
    }

    // The reference notes the project grew from, by their names; docs/kpi.md and friends are the project's own.
    [GeneratedRegex(@"(?<![/\w])(KPI\.md|DATA_CONTRACT\.md|DESIGN\.md)")]
    private static partial Regex OutsideSpec();

    private static string TypeWord(FieldType type) => type == FieldType.Instant ? "instant" : type.ToString().ToLowerInvariant();
}
