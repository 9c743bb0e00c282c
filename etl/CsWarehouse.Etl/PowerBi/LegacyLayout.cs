using System.Text.Json;
using System.Text.Json.Nodes;

namespace CsWarehouse.Etl.PowerBi;

/// <summary>
/// Builds <c>Report/Layout</c>, the legacy report format a .pbit carries, from the PBIR pages: one section per page,
/// one visual container per visual, whose <c>config</c> is a JSON string holding the visual's projections and query.
/// </summary>
public static class LegacyLayout
{
    public const string ThemeVersion = "5.59";

    public static JsonObject Build(IReadOnlyList<ReportPage> pages, string baseTheme) => new()
    {
        ["id"] = 0,
        ["resourcePackages"] = new JsonArray(new JsonObject
        {
            ["resourcePackage"] = new JsonObject
            {
                ["name"] = "SharedResources",
                ["type"] = 2,
                ["items"] = new JsonArray(new JsonObject { ["type"] = 202, ["path"] = $"BaseThemes/{baseTheme}.json", ["name"] = baseTheme }),
                ["disabled"] = false,
            },
        }),
        ["sections"] = new JsonArray(pages.Select((page, i) => (JsonNode)Section(page, i)).ToArray()),
        ["config"] = Text(new JsonObject
        {
            ["version"] = ThemeVersion,
            ["themeCollection"] = new JsonObject { ["baseTheme"] = new JsonObject { ["name"] = baseTheme, ["version"] = ThemeVersion, ["type"] = 2 } },
            ["activeSectionIndex"] = 0,
            ["settings"] = new JsonObject { ["useStylableVisualContainerHeader"] = true, ["defaultDrillFilterOtherVisuals"] = true },
        }),
        ["layoutOptimization"] = 0,
    };

    private static JsonObject Section(ReportPage page, int ordinal) => new()
    {
        ["name"] = page.Name,
        ["displayName"] = page.DisplayName,
        ["ordinal"] = ordinal,
        ["displayOption"] = page.DisplayOption == "FitToWidth" ? 2 : page.DisplayOption == "ActualSize" ? 3 : 1,
        ["width"] = page.Width,
        ["height"] = page.Height,
        ["config"] = "{}",
        ["filters"] = "[]",
        ["visualContainers"] = new JsonArray(page.Visuals.Select(v => (JsonNode)Container(v)).ToArray()),
    };

    private static JsonObject Container(JsonObject visual)
    {
        var position = visual["position"]!.AsObject();
        double At(string name) => position[name]?.GetValue<double>() ?? 0;
        var config = new JsonObject
        {
            ["name"] = visual["name"]!.GetValue<string>(),
            ["layouts"] = new JsonArray(new JsonObject
            {
                ["id"] = 0,
                ["position"] = new JsonObject { ["x"] = At("x"), ["y"] = At("y"), ["z"] = At("z"), ["width"] = At("width"), ["height"] = At("height") },
            }),
            ["singleVisual"] = SingleVisual(visual["visual"]!.AsObject()),
        };
        return new JsonObject
        {
            ["x"] = At("x"), ["y"] = At("y"), ["z"] = At("z"), ["width"] = At("width"), ["height"] = At("height"),
            ["config"] = Text(config),
            ["filters"] = "[]",
        };
    }

    private static JsonObject SingleVisual(JsonObject visual)
    {
        var projections = new JsonObject();
        var from = new JsonArray();
        var select = new JsonArray();
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (role, state) in visual["query"]?["queryState"]?.AsObject() ?? [])
        {
            var refs = new JsonArray();
            foreach (var projection in state!["projections"]!.AsArray())
            {
                var queryRef = projection!["queryRef"]!.GetValue<string>();
                refs.Add(new JsonObject { ["queryRef"] = queryRef });
                var field = VisualField.From(projection["field"]!.AsObject());
                if (!aliases.TryGetValue(field.Entity, out var alias))
                {
                    alias = "t" + aliases.Count;
                    aliases[field.Entity] = alias;
                    from.Add(new JsonObject { ["Name"] = alias, ["Entity"] = field.Entity, ["Type"] = 0 });
                }
                select.Add(new JsonObject
                {
                    [field.Kind] = new JsonObject
                    {
                        ["Expression"] = new JsonObject { ["SourceRef"] = new JsonObject { ["Source"] = alias } },
                        ["Property"] = field.Property,
                    },
                    ["Name"] = queryRef,
                });
            }
            projections[role] = refs;
        }
        var single = new JsonObject
        {
            ["visualType"] = visual["visualType"]!.GetValue<string>(),
            ["projections"] = projections,
            ["prototypeQuery"] = new JsonObject { ["Version"] = 2, ["From"] = from, ["Select"] = select },
            ["drillFilterOtherVisuals"] = true,
        };
        if (visual["visualContainerObjects"] is { } containerObjects) single["vcObjects"] = containerObjects.DeepClone();
        // Formatting (a gauge's scale, a slicer's range mode) and slicer syncing keep their PBIR shape in the legacy layout.
        if (visual["objects"] is { } objects) single["objects"] = objects.DeepClone();
        if (visual["syncGroup"] is { } syncGroup) single["syncGroup"] = syncGroup.DeepClone();
        return single;
    }

    private static string Text(JsonNode node) => node.ToJsonString();
}
