namespace CsWarehouse.Tests.PowerBi;

/// <summary>Every PBIR / PBIP file validates against the Microsoft schema its $schema names (local copies, offline).</summary>
public sealed class SchemaValidationTests
{
    [SkippableFact]
    public void Every_project_file_that_names_a_schema_validates_against_it()
    {
        var failures = new List<string>();
        var validated = 0;
        foreach (var (file, json) in PowerBiModel.ProjectJsonFiles())
        {
            if (json["$schema"]?.GetValue<string>() is not { } url) continue;
            var errors = LocalSchemas.For(url).Validate(json.ToJsonString());
            failures.AddRange(errors.Select(e => $"{file}: {e.Path} {e.Kind}"));
            validated++;
        }
        Assert.Empty(failures);
        Assert.True(validated > 40, $"only {validated} files named a schema");
    }

    [Fact]
    public void Every_PBIR_and_PBIP_file_names_its_schema()
    {
        var exempt = new[] { "model.bim", "CY24SU10.json" };
        var unnamed = PowerBiModel.ProjectJsonFiles()
            .Where(f => !exempt.Contains(Path.GetFileName(f.File)) && f.Json["$schema"] is null)
            .Select(f => f.File);
        Assert.Empty(unnamed);
    }

    [Fact]
    public void Page_and_visual_folders_have_no_spaces_and_match_their_names()
    {
        var pages = Path.Combine(PowerBiModel.Project.ReportDefinition, "pages");
        foreach (var file in Directory.EnumerateFiles(pages, "*.json", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) is "page.json" or "visual.json"))
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(file)!);
            Assert.DoesNotContain(' ', folder);
            Assert.Equal(folder, System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!["name"]!.GetValue<string>());
        }
    }

    [SkippableFact]
    public void A_file_breaking_its_schema_is_caught()
    {
        var (_, visual) = PowerBiModel.ProjectJsonFiles().First(f => f.File.EndsWith("visual.json", StringComparison.Ordinal));
        visual["visual"]!["notAProperty"] = 1;
        visual.Remove("position");

        var errors = LocalSchemas.For(visual["$schema"]!.GetValue<string>()).Validate(visual.ToJsonString());

        Assert.True(errors.Count >= 2, string.Join("; ", errors));
    }
}
