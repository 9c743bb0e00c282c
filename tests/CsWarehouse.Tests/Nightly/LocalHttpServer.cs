using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CsWarehouse.Tests.Nightly;

/// <summary>One request the local server received: what a test asserts on.</summary>
public sealed record ReceivedRequest(string Method, string Path, string Query, string? Authorization, string Body, DateTime At);

/// <summary>One canned answer: status, headers and body.</summary>
public sealed record CannedResponse(int Status, string? Body = null, params (string Name, string Value)[] Headers);

/// <summary>
/// A tiny HTTP server on 127.0.0.1 only (HttpListener, no web framework): each request goes to the first route that
/// matches it, which answers from its list in turn and repeats its last answer. Unmatched requests get 404.
/// </summary>
public sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(Func<ReceivedRequest, bool> Match, Queue<CannedResponse> Answers)> _routes = [];
    private readonly List<ReceivedRequest> _received = [];

    public LocalHttpServer()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            BaseAddress = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/";
        }
        _listener.Prefixes.Add(BaseAddress);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string BaseAddress { get; }

    public IReadOnlyList<ReceivedRequest> Received { get { lock (_received) return [.. _received]; } }

    public void Route(Func<ReceivedRequest, bool> match, params CannedResponse[] answers)
    {
        lock (_routes) _routes.Add((match, new Queue<CannedResponse>(answers)));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = new ReceivedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Url.Query,
                context.Request.Headers["Authorization"], await reader.ReadToEndAsync(), DateTime.UtcNow);
            lock (_received) _received.Add(request);
            Answer(context.Response, Pick(request));
        }
    }

    private CannedResponse Pick(ReceivedRequest request)
    {
        lock (_routes)
        {
            foreach (var (match, answers) in _routes)
                if (match(request)) return answers.Count > 1 ? answers.Dequeue() : answers.Peek();
        }
        return new CannedResponse(404);
    }

    private static void Answer(HttpListenerResponse response, CannedResponse answer)
    {
        response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers) response.Headers[name] = value;
        var body = Encoding.UTF8.GetBytes(answer.Body ?? "");
        if (answer.Body is not null) response.ContentType = "application/json; charset=utf-8";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
