using System.Text.Json;
using System.Text.Json.Nodes;

namespace CsWarehouse.Etl.Nightly.Service;

/// <summary>One entry of a model's refresh history: its request id, status and, when it failed, the service's reason.</summary>
public sealed record RefreshEntry(string? RequestId, string Status, string? ServiceException)
{
    /// <summary>Unknown is the service's word for "still running".</summary>
    public bool InProgress => Status is "Unknown" or "NotStarted" or "InProgress";

    public static RefreshEntry From(JsonNode entry) => new(
        entry["requestId"]?.GetValue<string>(),
        entry["status"]?.GetValue<string>() ?? "Unknown",
        entry["serviceExceptionJson"] is JsonValue exception && exception.TryGetValue<string>(out var text) ? Reason(text) : null);

    /// <summary>serviceExceptionJson is JSON inside a string, e.g. {"errorCode":"...","errorDescription":"..."}.</summary>
    private static string Reason(string json)
    {
        try
        {
            var node = JsonNode.Parse(json);
            var parts = new[] { node?["errorCode"], node?["errorDescription"] }
                .Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null)
                .Where(s => !string.IsNullOrEmpty(s)).ToList();
            return parts.Count > 0 ? string.Join(": ", parts) : json;
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
