using System.Text.Json;
using System.Text.Json.Nodes;

namespace CsWarehouse.Etl.Nightly.Service;

/// <summary>The readable part of a Power BI error body: <c>{"error":{"code":...,"message":...}}</c> and its variants.</summary>
internal static class PowerBiError
{
    private const int LongestDetail = 400;

    /// <summary>", code: message" from a response body, or "" when it says nothing readable.</summary>
    public static string Describe(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return "";
        try
        {
            return JsonNode.Parse(body) is { } node && node["error"] is { } error ? ", " + Describe(error) : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    public static string Describe(JsonNode error)
    {
        var code = Text(error["code"]);
        var message = Text(error["message"]) ?? Text(error["pbi.error"]?["details"]?[0]?["detail"]?["value"]);
        var text = string.Join(": ", new[] { code, message }.Where(t => !string.IsNullOrEmpty(t)));
        if (text.Length == 0) text = error.ToJsonString();
        return text.Length > LongestDetail ? text[..LongestDetail] + "…" : text;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
