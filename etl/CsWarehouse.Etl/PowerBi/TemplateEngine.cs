using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.PowerBi.Verify;

namespace CsWarehouse.Etl.PowerBi;

/// <summary>The one data source a template may be built for: then its queries name only that source.</summary>
public enum TemplateEngine
{
    Parquet,
    Postgres,
    SqlServer,
}

/// <summary>
/// Narrows the model's queries to one engine: each table's <c>if Engine = ...</c> switch becomes that engine's branch,
/// and the parameters the other engines need (and <c>Engine</c> itself) go. A published dataset then lists one data
/// source, so the service asks credentials for one.
/// </summary>
public static partial class SingleSourceModel
{
    public static TemplateEngine Parse(string text) => text.ToLowerInvariant() switch
    {
        "parquet" => TemplateEngine.Parquet,
        "postgres" or "postgresql" => TemplateEngine.Postgres,
        "sqlserver" => TemplateEngine.SqlServer,
        _ => throw new ConfigurationException($"--engine must be parquet, postgres or sqlserver, not '{text}'."),
    };

    /// <summary>The Engine value of the model's switch for this engine.</summary>
    private static string SwitchValue(TemplateEngine engine) => engine switch
    {
        TemplateEngine.Parquet => "Parquet",
        TemplateEngine.Postgres => "PostgreSQL",
        _ => "SqlServer",
    };

    public static JsonObject Narrow(JsonObject document, TemplateEngine engine)
    {
        var copy = document.DeepClone().AsObject();
        var model = copy["model"]!.AsObject();
        var value = SwitchValue(engine);
        foreach (var table in model["tables"]!.AsArray())
        {
            foreach (var partition in table!["partitions"]?.AsArray() ?? [])
            {
                var source = partition!["source"]!.AsObject();
                var text = SemanticModelFile.Text(source["expression"]);
                var branch = Regex.Match(text, $"""Engine = "{value}" then ([^\n]+)""");
                if (!branch.Success) throw new InvalidDataException($"table '{table["name"]}' has no {value} branch in its query");
                var narrowed = SwitchPattern().Replace(text, $"Source = {branch.Groups[1].Value.Trim()},", 1);
                if (narrowed.Contains("Engine", StringComparison.Ordinal)) throw new InvalidDataException($"table '{table["name"]}': its query's Engine switch has an unexpected shape");
                source["expression"] = new JsonArray(narrowed.Split('\n').Select(l => (JsonNode?)JsonValue.Create(l)).ToArray());
            }
        }
        string[] drop = engine == TemplateEngine.Parquet ? ["Engine", "Server", "Database"] : ["Engine", "Folder"];
        var expressions = model["expressions"]!.AsArray();
        foreach (var parameter in expressions.Where(e => drop.Contains((string?)e!["name"])).ToList()) expressions.Remove(parameter);
        return copy;
    }

    [GeneratedRegex("""Source\s*=\s*if Engine = .*?else error "[^"]*",""", RegexOptions.Singleline)]
    private static partial Regex SwitchPattern();
}
