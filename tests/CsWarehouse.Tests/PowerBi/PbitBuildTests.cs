using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CsWarehouse.Cli;
using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.PowerBi;

namespace CsWarehouse.Tests.PowerBi;

/// <summary>The built template has the parts Power BI expects, in the right encodings, and round-trips to the text sources.</summary>
public sealed class PbitBuildTests : IDisposable
{
    private static readonly string[] RequiredParts =
        ["[Content_Types].xml", "Version", "DataModelSchema", "DiagramLayout", "Report/Layout", "Settings", "Metadata"];

    private readonly string _folder = Directory.CreateTempSubdirectory("cswh-pbit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Dictionary<string, byte[]> BuildAndUnzip()
    {
        var result = PbitBuilder.Build(PowerBiModel.Project, _folder);
        using var zip = ZipFile.OpenRead(result.File);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    private static string Utf16(byte[] bytes)
    {
        Assert.False(bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE, "UTF-16 parts carry no BOM");
        return Encoding.Unicode.GetString(bytes);
    }

    [Fact]
    public void The_template_holds_every_required_part_and_no_binary_data_model()
    {
        var parts = BuildAndUnzip();

        Assert.Empty(RequiredParts.Except(parts.Keys));
        Assert.DoesNotContain("DataModel", parts.Keys);
        Assert.Contains(parts.Keys, p => p.StartsWith("Report/StaticResources/SharedResources/BaseThemes/", StringComparison.Ordinal));
    }

    [Fact]
    public void Content_types_are_UTF8_with_BOM_and_name_every_part()
    {
        var parts = BuildAndUnzip();
        var bytes = parts["[Content_Types].xml"];

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var types = XDocument.Parse(Encoding.UTF8.GetString(bytes[3..]));
        var overrides = types.Root!.Elements().Where(e => e.Name.LocalName == "Override").Select(e => e.Attribute("PartName")!.Value.TrimStart('/'));
        var defaults = types.Root!.Elements().Where(e => e.Name.LocalName == "Default").Select(e => e.Attribute("Extension")!.Value);
        foreach (var part in parts.Keys.Where(p => p != "[Content_Types].xml"))
            Assert.True(overrides.Contains(part) || defaults.Contains(Path.GetExtension(part).TrimStart('.')), $"{part} has no content type");
    }

    [Fact]
    public void Text_parts_are_UTF16_LE_without_BOM_and_the_data_model_schema_is_model_bim()
    {
        var parts = BuildAndUnzip();

        Assert.Equal(PbitParts.Version, Utf16(parts["Version"]));
        foreach (var part in new[] { "DataModelSchema", "DiagramLayout", "Report/Layout", "Settings", "Metadata" })
            Assert.NotNull(JsonNode.Parse(Utf16(parts[part])));
        var model = JsonNode.Parse(Utf16(parts["DataModelSchema"]));
        Assert.True(JsonNode.DeepEquals(PowerBiModel.Load(), model), "DataModelSchema differs from model.bim");
        var settings = JsonNode.Parse(Utf16(parts["Settings"]))!;
        Assert.False(string.IsNullOrEmpty(settings["QueriesSettings"]?["Version"]?.GetValue<string>()));
    }

    [Fact]
    public void The_layout_round_trips_to_the_PBIR_pages_and_visuals()
    {
        var parts = BuildAndUnzip();
        var layout = JsonNode.Parse(Utf16(parts["Report/Layout"]))!;
        var pages = ReportPages.Read(PowerBiModel.Project);

        var sections = layout["sections"]!.AsArray();
        Assert.Equal(pages.Select(p => p.DisplayName), sections.Select(s => s!["displayName"]!.GetValue<string>()));
        foreach (var (page, section) in pages.Zip(sections))
        {
            var containers = section!["visualContainers"]!.AsArray();
            Assert.Equal(page.Visuals.Count, containers.Count);
            foreach (var (visual, container) in page.Visuals.Zip(containers))
            {
                var config = JsonNode.Parse(container!["config"]!.GetValue<string>())!;
                Assert.Equal(visual["name"]!.GetValue<string>(), config["name"]!.GetValue<string>());
                var single = config["singleVisual"]!;
                Assert.Equal(visual["visual"]!["visualType"]!.GetValue<string>(), single["visualType"]!.GetValue<string>());
                var expected = visual["visual"]!["query"]!["queryState"]!.AsObject()
                    .SelectMany(r => r.Value!["projections"]!.AsArray().Select(p => p!["queryRef"]!.GetValue<string>()));
                var selected = single["prototypeQuery"]!["Select"]!.AsArray().Select(s => s!["Name"]!.GetValue<string>());
                Assert.Equal(expected, selected);
                Assert.Equal(visual["position"]!["x"]!.GetValue<double>(), container["x"]!.GetValue<double>());
            }
        }
    }

    [Fact]
    public void Building_twice_gives_the_same_parts()
    {
        var first = BuildAndUnzip();
        var second = BuildAndUnzip();

        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.All(first, p => Assert.Equal(p.Value, second[p.Key]));
    }

    [Fact]
    public void The_cli_builds_the_template_into_the_out_folder()
    {
        var output = new StringWriter();
        var exit = CliApp.Run(["powerbi", "build", "--out", _folder, "--source", PowerBiModel.Folder], new Terminal(output, TextWriter.Null, false));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.True(File.Exists(Path.Combine(_folder, PbitBuilder.FileName)));
        Assert.Contains("/DataModelSchema", output.ToString());
    }

    [Fact]
    public void The_cli_without_build_says_what_to_do()
    {
        var error = new StringWriter();
        var exit = CliApp.Run(["powerbi", "--out", _folder], new Terminal(TextWriter.Null, error, false));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("cswh powerbi build", error.ToString());
    }
}
