using System.Diagnostics;
using CsWarehouse.Etl.Loading;

namespace CsWarehouse.Etl.Nightly.Service;

/// <summary>What one model's refresh came to: its request id, final status and how long it took.</summary>
public sealed record RefreshResult(string Model, string? RequestId, string Status, TimeSpan Elapsed, string? Error = null);

/// <summary>
/// Starts a model's refresh and asks for its status until it completes, fails or runs out of time, waiting a little
/// longer between questions each time (the poll interval doubles up to its ceiling).
/// </summary>
public sealed class RefreshWatcher(PowerBiClient client, RefreshConfig config, IRunLog log)
{
    public async Task<RefreshResult> RefreshAsync(PowerBiModelConfig model, CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(config.TimeoutSeconds);
        var requestId = await client.StartRefreshAsync(model, cancellationToken);
        // The timeout counts from the service accepting the refresh; the status is read at least once.
        var clock = Stopwatch.StartNew();
        log.Info($"refresh {model.Label}: started{(requestId is null ? "" : $" (request {requestId})")}");
        var wait = TimeSpan.FromSeconds(config.PollSeconds);
        var longest = TimeSpan.FromSeconds(Math.Max(config.PollSeconds, config.PollMaxSeconds));
        while (true)
        {
            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero)
                throw new NightlyFailureException(FailureKind.RefreshTimedOut,
                    $"refresh {model.Label}: not finished after {config.TimeoutSeconds:0.#} s (timeout_seconds). " +
                    "It may still complete in the service; look at its refresh history before running again.");
            await Task.Delay(wait < left ? wait : left, cancellationToken);
            wait = wait * 2 < longest ? wait * 2 : longest;

            var latest = await client.LatestRefreshAsync(model, cancellationToken);
            // Until our request shows up at the top of the history, an older entry says nothing about it.
            if (latest is null || latest.InProgress || (requestId is not null && latest.RequestId is not null && latest.RequestId != requestId))
                continue;
            if (latest.Status == "Completed")
            {
                log.Info($"refresh {model.Label}: completed in {clock.Elapsed.TotalSeconds:0.#} s");
                return new RefreshResult(model.Label, requestId, latest.Status, clock.Elapsed);
            }
            throw new NightlyFailureException(FailureKind.RefreshFailed,
                $"refresh {model.Label}: the service reports {latest.Status}" +
                (latest.ServiceException is { } reason ? $": {reason}" : latest.Status == "Disabled" ? " (refresh is disabled for this model)" : "") + ".");
        }
    }
}
