using System.Text.Json.Nodes;
using CsWarehouse.Etl.PowerBi;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.PowerBi;

/// <summary>The repository's Power BI Project, read for assertions: model tables, columns, measures and M expressions.</summary>
public static class PowerBiModel
{
    public static string Folder => Path.Combine(RepositoryPaths.Root(), "powerbi");

    /// <summary>
    /// Microsoft's published JSON schemas (github.com/microsoft/json-schemas), kept next to the repository and
    /// never copied into it; the tests that need them skip when they are absent.
    /// </summary>
    public static string SchemasFolder => RepositoryPaths.RequireShared(Path.Combine("powerbi", "schemas"),
        "Microsoft's Power BI JSON schemas (a checkout of github.com/microsoft/json-schemas)");

    public static PowerBiProject Project => PowerBiProject.Open(Folder);

    public static JsonObject Load() => JsonNode.Parse(File.ReadAllText(Project.ModelFile))!.AsObject();

    public static IEnumerable<JsonObject> Tables(JsonObject model) => model["model"]!["tables"]!.AsArray().Select(t => t!.AsObject());

    public static string Name(JsonNode node) => node["name"]!.GetValue<string>();

    public static IEnumerable<(string Table, JsonObject Measure)> Measures(JsonObject model) =>
        Tables(model).SelectMany(t => (t["measures"]?.AsArray() ?? []).Select(m => (Name(t), m!.AsObject())));

    public static IEnumerable<(string Table, string Column, string DataType)> Columns(JsonObject model) =>
        Tables(model).SelectMany(t => t["columns"]!.AsArray().Select(c => (Name(t), Name(c!), c!["dataType"]!.GetValue<string>())));

    /// <summary>TMSL writes long expressions as an array of lines.</summary>
    public static string Text(JsonNode? expression) => expression switch
    {
        JsonArray lines => string.Join("\n", lines.Select(l => l!.GetValue<string>())),
        null => "",
        _ => expression.GetValue<string>(),
    };

    /// <summary>Every M expression of the model: each table's partition and each parameter.</summary>
    public static IEnumerable<(string Name, string Expression)> MExpressions(JsonObject model) =>
        Tables(model).SelectMany(t => t["partitions"]!.AsArray().Select(p => ($"table {Name(t)}", Text(p!["source"]!["expression"]))))
            .Concat(model["model"]!["expressions"]!.AsArray().Select(e => ($"expression {Name(e!)}", Text(e!["expression"]))));

    /// <summary>The warehouse view or table a model table reads (annotation CsWarehouse.Source, "schema.name").</summary>
    public static string Source(JsonObject table) =>
        table["annotations"]!.AsArray().Single(a => Name(a!) == "CsWarehouse.Source")!["value"]!.GetValue<string>();

    public static IEnumerable<(string File, JsonObject Json)> ProjectJsonFiles() =>
        Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".json" or ".pbir" or ".pbism" or ".pbip")
            .Where(f => !f.Contains("node_modules", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(Folder, f), JsonNode.Parse(File.ReadAllText(f))!.AsObject()));
}
