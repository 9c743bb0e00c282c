using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace CsWarehouse.Tests.Nightly;

/// <summary>
/// A local stand-in for the Power BI REST API on 127.0.0.1 (WireMock.Net), answering in the documented shapes:
/// refreshes (202 + RequestId, history with status and serviceExceptionJson), executeQueries (results/tables/rows)
/// and error bodies ({"error":{"code","message"}}). Each test sets up the answers it needs.
/// </summary>
public sealed class PowerBiFake : IDisposable
{
    public const string Workspace = "0f5c6a4e-1111-4c2b-9a57-3d3c2b1a0e9f", Dataset = "7d2c9b1e-2222-4f4a-8c3b-5e6f7a8b9c0d";
    public const string RequestId = "87f31ef7-1e3a-4006-9b0b-191693e79e9e";
    private const string DatasetPath = $"/v1.0/myorg/groups/{Workspace}/datasets/{Dataset}";

    public WireMockServer Server { get; }

    public PowerBiFake()
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
    }

    public string Api => Server.Urls[0] + "/v1.0/myorg/";
    public string ModelArgument => $"{Workspace}/{Dataset}";

    public PowerBiFake RefreshAccepted() => RefreshAnswers(202, headers: ("RequestId", RequestId));

    public PowerBiFake RefreshAnswers(int status, string? body = null, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status);
        foreach (var (name, value) in headers) response = response.WithHeader(name, value);
        if (body is not null) response = response.WithHeader("Content-Type", "application/json").WithBody(body);
        Server.Given(Request.Create().WithPath(DatasetPath + "/refreshes").UsingPost()).RespondWith(response);
        return this;
    }

    /// <summary>The refresh history answers these statuses in turn, the last one for good.</summary>
    public PowerBiFake History(params (string Status, string? ServiceException)[] entries)
    {
        for (var i = 0; i < entries.Length; i++)
        {
            var (status, exception) = entries[i];
            var entry = new JsonObject
            {
                ["refreshType"] = "ViaApi", ["startTime"] = "2026-03-02T01:05:00Z", ["status"] = status, ["requestId"] = RequestId,
            };
            if (status != "Unknown") entry["endTime"] = "2026-03-02T01:09:00Z";
            if (exception is not null) entry["serviceExceptionJson"] = exception;
            var given = Server.Given(Request.Create().WithPath(DatasetPath + "/refreshes").WithParam("$top", "1").UsingGet());
            // A single answer needs no scenario; a sequence steps through one state per answer.
            if (entries.Length > 1) given = given.InScenario("history");
            if (i > 0) given = given.WhenStateIs($"answer {i}");
            if (i < entries.Length - 1) given = given.WillSetStateTo($"answer {i + 1}");
            given.RespondWith(Json(200, new JsonObject { ["value"] = new JsonArray(entry) }));
        }
        return this;
    }

    /// <summary>executeQueries answers a per-month query and a whole-range query with these rows.</summary>
    public PowerBiFake Queries(JsonArray perMonthRows, JsonObject wholeRangeRow)
    {
        Server.Given(Request.Create().WithPath(DatasetPath + "/executeQueries").UsingPost().WithBody(b => b?.Contains("SUMMARIZECOLUMNS") == true))
            .RespondWith(Json(200, Result(perMonthRows)));
        Server.Given(Request.Create().WithPath(DatasetPath + "/executeQueries").UsingPost().WithBody(b => b?.Contains("ROW(") == true))
            .RespondWith(Json(200, Result(new JsonArray(wholeRangeRow))));
        return this;
    }

    public static string Error(string code, string message) =>
        new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString();

    /// <summary>How many requests of a method reached a path ending with the text.</summary>
    public int Calls(string method, string pathEnd) =>
        Server.LogEntries.Count(e => e.RequestMessage.Method == method && e.RequestMessage.Path.EndsWith(pathEnd, StringComparison.Ordinal));

    public IEnumerable<string> AuthorizationHeaders =>
        Server.LogEntries.SelectMany(e =>
            e.RequestMessage.Headers is { } headers && headers.TryGetValue("Authorization", out var values) ? values.ToArray() : []);

    private static JsonObject Result(JsonArray rows) =>
        new() { ["results"] = new JsonArray(new JsonObject { ["tables"] = new JsonArray(new JsonObject { ["rows"] = rows }) }) };

    private static IResponseBuilder Json(int status, JsonNode body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body.ToJsonString());

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => Server.Stop();
}
