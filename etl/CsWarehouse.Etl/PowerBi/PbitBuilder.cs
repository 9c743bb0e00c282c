using System.IO.Packaging;
using System.Text;
using System.Text.Json.Nodes;

namespace CsWarehouse.Etl.PowerBi;

/// <summary>What a build wrote: the template file and its parts.</summary>
public sealed record PbitBuildResult(string File, IReadOnlyList<string> Parts);

/// <summary>
/// Builds <c>CustomerService.pbit</c> from the Power BI Project text: an OPC zip whose DataModelSchema is model.bim and
/// whose Report/Layout is the legacy form of the PBIR pages. JSON and text parts are UTF-16 LE without BOM (as Power BI
/// Desktop writes them); the base theme is copied byte for byte, as a static resource.
/// </summary>
public static class PbitBuilder
{
    public const string FileName = PowerBiProject.Name + ".pbit";

    /// <summary>Every part a template holds, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> TextParts = ["/Version", "/DataModelSchema", "/DiagramLayout", "/Report/Layout", "/Settings", "/Metadata"];

    /// <summary>Builds the template; with an engine, its queries read only that engine (see <see cref="SingleSourceModel"/>).</summary>
    public static PbitBuildResult Build(PowerBiProject project, string outputFolder, TemplateEngine? engine = null)
    {
        var modelText = File.ReadAllText(project.ModelFile, Encoding.UTF8);
        var model = JsonNode.Parse(modelText)?.AsObject() ?? throw new InvalidDataException($"{project.ModelFile} is not a JSON object");
        if (engine is { } only)
        {
            model = SingleSourceModel.Narrow(model, only);
            modelText = model.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        }
        var theme = BaseTheme(project);
        var layout = LegacyLayout.Build(ReportPages.Read(project), Path.GetFileNameWithoutExtension(theme));

        Directory.CreateDirectory(outputFolder);
        var file = Path.Combine(Path.GetFullPath(outputFolder), FileName);
        var parts = new List<string>();
        using (var package = Package.Open(file, FileMode.Create, FileAccess.ReadWrite))
        {
            void Text(string name, string text) { Write(package, name, Encoding.Unicode.GetBytes(text)); parts.Add(name); }
            Text("/Version", PbitParts.Version);
            Text("/DataModelSchema", modelText);
            Text("/DiagramLayout", PbitParts.DiagramLayout(model).ToJsonString());
            Text("/Report/Layout", layout.ToJsonString());
            Text("/Settings", PbitParts.Settings().ToJsonString());
            Text("/Metadata", PbitParts.Metadata().ToJsonString());
            var themePart = "/Report/StaticResources/SharedResources/BaseThemes/" + Path.GetFileName(theme);
            Write(package, themePart, File.ReadAllBytes(theme));
            parts.Add(themePart);
        }
        return new PbitBuildResult(file, parts);
    }

    private static void Write(Package package, string name, byte[] content)
    {
        // Power BI writes every part with an empty content type; a non-empty one is not needed and not expected.
        var part = package.CreatePart(new Uri(name, UriKind.Relative), "", CompressionOption.Normal);
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        stream.Write(content);
    }

    private static string BaseTheme(PowerBiProject project)
    {
        var themes = Directory.Exists(project.BaseThemes) ? Directory.GetFiles(project.BaseThemes, "*.json") : [];
        return themes.Length == 1 ? themes[0]
            : throw new InvalidDataException($"{project.BaseThemes} must hold exactly one base theme (.json), found {themes.Length}");
    }
}
