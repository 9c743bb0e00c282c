using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsWarehouse.Etl.Loading;
using Polly;

namespace CsWarehouse.Etl.Nightly.Service;

/// <summary>
/// The three Power BI REST calls the nightly run makes — start a refresh, read the latest refresh, run a DAX query —
/// each through the retry policy, with every non-success answer turned into a <see cref="NightlyFailureException"/>.
/// </summary>
public sealed class PowerBiClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly IAccessTokenSource _tokens;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;

    public PowerBiClient(Uri api, IAccessTokenSource tokens, RetryConfig retry, IRunLog log, HttpMessageHandler? handler = null)
    {
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = api;
        _http.Timeout = TimeSpan.FromSeconds(100);
        _tokens = tokens;
        _retry = PowerBiRetry.Pipeline(retry, log);
    }

    /// <summary>Starts a refresh; returns the request id the service gave it (null if it named none).</summary>
    public async Task<string?> StartRefreshAsync(PowerBiModelConfig model, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{DatasetPath(model)}/refreshes",
            new JsonObject { ["notifyOption"] = "NoNotification" }, "starting a refresh of " + model.Label, cancellationToken);
        return response.Headers.TryGetValues("RequestId", out var ids) ? ids.FirstOrDefault() : null;
    }

    /// <summary>The newest entry of the model's refresh history, or null when it has none.</summary>
    public async Task<RefreshEntry?> LatestRefreshAsync(PowerBiModelConfig model, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, $"{DatasetPath(model)}/refreshes?$top=1", null,
            "reading the refresh history of " + model.Label, cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return body?["value"] is JsonArray { Count: > 0 } entries ? RefreshEntry.From(entries[0]!) : null;
    }

    /// <summary>Runs one DAX query; returns the rows of its one table, keyed as the service names columns.</summary>
    public async Task<IReadOnlyList<JsonObject>> ExecuteQueryAsync(PowerBiModelConfig model, string dax, CancellationToken cancellationToken)
    {
        var request = new JsonObject
        {
            ["queries"] = new JsonArray(new JsonObject { ["query"] = dax }),
            ["serializerSettings"] = new JsonObject { ["includeNulls"] = true },
        };
        using var response = await SendAsync(HttpMethod.Post, $"{DatasetPath(model)}/executeQueries", request,
            "querying " + model.Label, cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        // A query over the service's limits still answers 200, with an error beside (or instead of) its table.
        var result = body?["results"]?[0];
        if (result?["error"] is { } error)
            throw new NightlyFailureException(FailureKind.RequestRejected, $"querying {model.Label}: {PowerBiError.Describe(error)}");
        return result?["tables"]?[0]?["rows"] is JsonArray rows ? rows.OfType<JsonObject>().ToList() : [];
    }

    private static string DatasetPath(PowerBiModelConfig model) =>
        $"groups/{Uri.EscapeDataString(model.WorkspaceId)}/datasets/{Uri.EscapeDataString(model.DatasetId)}";

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body, string doing, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _retry.ExecuteAsync(async token =>
            {
                using var request = new HttpRequestMessage(method, path);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetTokenAsync(token));
                if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
                return await _http.SendAsync(request, token);
            }, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new NightlyFailureException(FailureKind.ServiceUnavailable, $"{doing}: the Power BI service could not be reached ({e.Message}).");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new NightlyFailureException(FailureKind.ServiceUnavailable, $"{doing}: the Power BI service did not answer in time.");
        }
        if (response.IsSuccessStatusCode) return response;
        using (response) throw await FailureAsync(response, doing, cancellationToken);
    }

    private static async Task<NightlyFailureException> FailureAsync(HttpResponseMessage response, string doing, CancellationToken cancellationToken)
    {
        var detail = PowerBiError.Describe(await response.Content.ReadAsStringAsync(cancellationToken));
        var status = $"HTTP {(int)response.StatusCode}";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => new(FailureKind.Unauthorized,
                $"{doing}: the service refused the access token ({status}{detail}): it expired or was never valid for Power BI. " +
                "Check the service principal, its secret or certificate, and that the tenant allows service principals to use Power BI APIs."),
            HttpStatusCode.Conflict => new(FailureKind.RefreshInProgress,
                $"{doing}: a refresh of this model is already running ({status}{detail}). Let it finish, then run again."),
            HttpStatusCode.TooManyRequests => new(FailureKind.Throttled,
                $"{doing}: still throttled by the service after every retry ({status}{detail}). Run again later."),
            _ when (int)response.StatusCode >= 500 => new(FailureKind.ServiceUnavailable,
                $"{doing}: the service kept failing after every retry ({status}{detail})."),
            _ => new(FailureKind.RequestRejected, $"{doing}: the service rejected the request ({status}{detail})."),
        };
    }

    public void Dispose() => _http.Dispose();
}
