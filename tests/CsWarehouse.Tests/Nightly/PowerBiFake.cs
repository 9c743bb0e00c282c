using System.Text.Json.Nodes;

namespace CsWarehouse.Tests.Nightly;

/// <summary>
/// A local stand-in for the Power BI REST API, answering in the documented shapes: refreshes (202 + RequestId;
/// history with status and serviceExceptionJson), executeQueries (results/tables/rows) and error bodies
/// ({"error":{"code","message"}}). Each test sets up the answers it needs.
/// </summary>
public sealed class PowerBiFake : IDisposable
{
    public const string Workspace = "0f5c6a4e-1111-4c2b-9a57-3d3c2b1a0e9f", Dataset = "7d2c9b1e-2222-4f4a-8c3b-5e6f7a8b9c0d";
    public const string RequestId = "87f31ef7-1e3a-4006-9b0b-191693e79e9e";
    private const string DatasetPath = $"/v1.0/myorg/groups/{Workspace}/datasets/{Dataset}";

    public LocalHttpServer Server { get; } = new();

    public string Api => Server.BaseAddress + "v1.0/myorg/";
    public string ModelArgument => $"{Workspace}/{Dataset}";

    public PowerBiFake RefreshAccepted() => RefreshAnswers(202, headers: ("RequestId", RequestId));

    public PowerBiFake RefreshAnswers(int status, string? body = null, params (string Name, string Value)[] headers)
    {
        Server.Route(r => r.Method == "POST" && r.Path == DatasetPath + "/refreshes", new CannedResponse(status, body, headers));
        return this;
    }

    /// <summary>The refresh history answers these statuses in turn, the last one for good.</summary>
    public PowerBiFake History(params (string Status, string? ServiceException)[] entries)
    {
        Server.Route(r => r.Method == "GET" && r.Path == DatasetPath + "/refreshes" && r.Query.Contains("$top=1", StringComparison.Ordinal),
            entries.Select(e => new CannedResponse(200, new JsonObject { ["value"] = new JsonArray(Entry(e.Status, e.ServiceException)) }.ToJsonString())).ToArray());
        return this;
    }

    /// <summary>executeQueries answers a per-month query and a whole-range query with these rows.</summary>
    public PowerBiFake Queries(JsonArray perMonthRows, JsonObject wholeRangeRow)
    {
        Server.Route(r => r.Path == DatasetPath + "/executeQueries" && r.Body.Contains("SUMMARIZECOLUMNS", StringComparison.Ordinal),
            new CannedResponse(200, Result(perMonthRows)));
        Server.Route(r => r.Path == DatasetPath + "/executeQueries" && r.Body.Contains("ROW(", StringComparison.Ordinal),
            new CannedResponse(200, Result(new JsonArray(wholeRangeRow))));
        return this;
    }

    public static string Error(string code, string message) =>
        new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString();

    /// <summary>How many requests of a method reached a path ending with the text.</summary>
    public int Calls(string method, string pathEnd) =>
        Server.Received.Count(r => r.Method == method && r.Path.EndsWith(pathEnd, StringComparison.Ordinal));

    public IEnumerable<string> AuthorizationHeaders => Server.Received.Select(r => r.Authorization ?? "");

    private static JsonObject Entry(string status, string? serviceException)
    {
        var entry = new JsonObject { ["refreshType"] = "ViaApi", ["startTime"] = "2026-03-02T01:05:00Z", ["status"] = status, ["requestId"] = RequestId };
        if (status != "Unknown") entry["endTime"] = "2026-03-02T01:09:00Z";
        if (serviceException is not null) entry["serviceExceptionJson"] = serviceException;
        return entry;
    }

    private static string Result(JsonArray rows) =>
        new JsonObject { ["results"] = new JsonArray(new JsonObject { ["tables"] = new JsonArray(new JsonObject { ["rows"] = rows.DeepClone() }) }) }.ToJsonString();

    public void Dispose() => Server.Dispose();
}
