using System.Text.Json.Nodes;

namespace CsWarehouse.Etl.PowerBi;

/// <summary>One report page of the PBIR definition and its visual containers (visual.json, parsed).</summary>
public sealed record ReportPage(string Name, string DisplayName, string DisplayOption, double Width, double Height, IReadOnlyList<JsonObject> Visuals);

/// <summary>Reads the PBIR pages in the order pages.json gives them.</summary>
public static class ReportPages
{
    public static IReadOnlyList<ReportPage> Read(PowerBiProject project)
    {
        var pagesFolder = Path.Combine(project.ReportDefinition, "pages");
        var metadata = ParseFile(Path.Combine(pagesFolder, "pages.json"));
        var order = metadata["pageOrder"]?.AsArray().Select(p => p!.GetValue<string>()).ToList() ?? [];
        var named = Directory.GetDirectories(pagesFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
        return order.Concat(named.Except(order)).Select(name => ReadPage(Path.Combine(pagesFolder, name))).ToList();
    }

    private static ReportPage ReadPage(string folder)
    {
        var page = ParseFile(Path.Combine(folder, "page.json"));
        var visualsFolder = Path.Combine(folder, "visuals");
        var visuals = Directory.Exists(visualsFolder)
            ? Directory.GetDirectories(visualsFolder).Order(StringComparer.Ordinal)
                .Select(v => ParseFile(Path.Combine(v, "visual.json"))).ToList()
            : [];
        return new ReportPage(
            page["name"]!.GetValue<string>(),
            page["displayName"]!.GetValue<string>(),
            page["displayOption"]?.GetValue<string>() ?? "FitToPage",
            page["width"]?.GetValue<double>() ?? 1280,
            page["height"]?.GetValue<double>() ?? 720,
            visuals);
    }

    private static JsonObject ParseFile(string path) =>
        JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException($"{path} is not a JSON object");
}
