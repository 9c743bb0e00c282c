using System.Net;
using CsWarehouse.Etl.Loading;
using Polly;
using Polly.Retry;

namespace CsWarehouse.Etl.Nightly.Service;

/// <summary>
/// The retry policy of every Power BI call (Polly): 429 waits for its Retry-After, 5xx and network errors back off
/// exponentially, both at most <see cref="RetryConfig.MaxAttempts"/> times and never longer than the longest delay.
/// </summary>
internal static class PowerBiRetry
{
    public static ResiliencePipeline<HttpResponseMessage> Pipeline(RetryConfig config, IRunLog log, TimeProvider? time = null)
    {
        var longest = TimeSpan.FromSeconds(config.MaxDelaySeconds);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (time is not null) builder.TimeProvider = time;
        if (config.MaxAttempts <= 0) return builder.Build();
        return builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = config.MaxAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(config.BaseDelaySeconds),
            MaxDelay = longest,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Result: { } response } => IsTransient(response.StatusCode),
                { Exception: HttpRequestException } => true,
                { Exception: TaskCanceledException } => !args.Context.CancellationToken.IsCancellationRequested,
                _ => false,
            }),
            // The service says how long to wait when it throttles; honour it, but never beyond the longest delay.
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } r && RetryAfter(r) is { } wait
                ? (TimeSpan?)(wait > longest ? longest : wait)
                : null),
            OnRetry = args =>
            {
                var what = args.Outcome.Result is { } r ? $"HTTP {(int)r.StatusCode}" : args.Outcome.Exception?.GetType().Name;
                log.Warn($"power bi: {what}; retry {args.AttemptNumber + 1} of {config.MaxAttempts} in {args.RetryDelay.TotalSeconds:0.#} s");
                args.Outcome.Result?.Dispose();
                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    public static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    public static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
}
