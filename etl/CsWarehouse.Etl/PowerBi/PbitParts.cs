using System.Text.Json.Nodes;

namespace CsWarehouse.Etl.PowerBi;

/// <summary>The small fixed parts of a .pbit (Version, Settings, Metadata, DiagramLayout), as Power BI Desktop writes them.</summary>
public static class PbitParts
{
    public const string Version = "1.28";

    /// <summary>The Power BI Desktop release the template says it was saved with (QueriesSettings.Version).</summary>
    public const string DesktopVersion = "2.140.0.0";

    public static JsonObject Settings() => new()
    {
        ["Version"] = 4,
        ["ReportSettings"] = new JsonObject(),
        ["QueriesSettings"] = new JsonObject
        {
            ["TypeDetectionEnabled"] = true,
            ["RelationshipImportEnabled"] = true,
            ["Version"] = DesktopVersion,
        },
    };

    public static JsonObject Metadata() => new()
    {
        ["Version"] = 5,
        ["AutoCreatedRelationships"] = new JsonArray(),
        ["FileDescription"] = "CsWarehouse customer service dashboards: opening the template asks for Engine, Server, Database and Folder.",
        ["CreatedFrom"] = "Cloud",
        ["CreatedFromRelease"] = "2025.01",
    };

    /// <summary>One diagram with every model table laid out on a grid, so the model view opens tidy.</summary>
    public static JsonObject DiagramLayout(JsonObject model)
    {
        var tables = model["model"]?["tables"]?.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList() ?? [];
        var nodes = new JsonArray(tables.Select((name, i) => (JsonNode)new JsonObject
        {
            ["location"] = new JsonObject { ["x"] = 40 + i % 5 * 260, ["y"] = 40 + i / 5 * 320 },
            ["nodeIndex"] = name,
            ["nodeLineageTag"] = null,
            ["size"] = new JsonObject { ["height"] = 280, ["width"] = 220 },
            ["zIndex"] = i,
        }).ToArray());
        return new JsonObject
        {
            ["version"] = "1.1.0",
            ["diagrams"] = new JsonArray(new JsonObject
            {
                ["ordinal"] = 0,
                ["scrollPosition"] = new JsonObject { ["x"] = 0, ["y"] = 0 },
                ["nodes"] = nodes,
                ["name"] = "All tables",
                ["zoomValue"] = 100,
                ["pinKeyFieldsToTop"] = false,
                ["showExtraHeaderInfo"] = false,
                ["hideKeyFieldsWhenCollapsed"] = false,
                ["tablesLocked"] = false,
            }),
            ["selectedDiagram"] = "All tables",
            ["defaultDiagram"] = "All tables",
        };
    }
}
