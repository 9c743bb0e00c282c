using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Nightly;

/// <summary>
/// Each way the Power BI service fails a refresh, as its REST API reports it: a clear message, its own exit code,
/// no secret in any output, and never an endless retry.
/// </summary>
public sealed class PowerBiFailureTests
{
    private static CswhProcess RefreshOnly(PowerBiFake fake, params string[] extra)
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        var run = NightlyCli.Run(["--db", warehouse.DbArgument, "--no-load", "--no-export", "--no-reconcile", .. NightlyCli.Against(fake), .. extra]);
        NightlyCli.AssertTokenWasSent(fake);
        return run;
    }

    [Fact]
    public void A_refresh_the_service_reports_failed_exits_with_its_code_and_the_service_exception()
    {
        using var fake = new PowerBiFake().RefreshAccepted()
            .History(("Unknown", null), ("Failed", "{\"errorCode\":\"ModelRefreshFailed_CredentialsNotSpecified\",\"errorDescription\":\"The data source credentials are missing\"}"));

        using var run = RefreshOnly(fake);

        Assert.Equal(ExitCodes.RefreshFailed, run.ExitCode);
        Assert.Contains("ModelRefreshFailed_CredentialsNotSpecified", run.StandardOutput);
        Assert.Contains("refresh failed", run.StandardError);
    }

    [Fact]
    public void A_refresh_still_running_at_the_timeout_fails_the_run_instead_of_waiting_for_ever()
    {
        using var fake = new PowerBiFake().RefreshAccepted().History(("Unknown", null));

        using var run = RefreshOnly(fake, "--refresh-timeout", "1");

        Assert.True(run.ExitCode == ExitCodes.RefreshTimedOut, run.StandardOutput + run.StandardError);
        Assert.Contains("not finished after 1 s", run.StandardOutput);
        Assert.True(fake.Calls("GET", "/refreshes") is >= 1 and <= 40, run.StandardError + string.Join("\n", fake.Server.Received.Select(r => $"{r.Method} {r.Path}")));
    }

    [Fact]
    public void A_refresh_already_in_progress_409_is_reported_as_such_and_not_retried()
    {
        using var fake = new PowerBiFake().RefreshAnswers(409,
            PowerBiFake.Error("InvalidRequest", "Invalid dataset refresh request. Another refresh request is already executing"));

        using var run = RefreshOnly(fake);

        Assert.Equal(ExitCodes.RefreshInProgress, run.ExitCode);
        Assert.Contains("already running", run.StandardOutput);
        Assert.Contains("Another refresh request is already executing", run.StandardOutput);
        Assert.Equal(1, fake.Calls("POST", "/refreshes"));
    }

    [Fact]
    public void An_expired_token_401_exits_with_the_unauthorized_code_without_printing_the_token()
    {
        using var fake = new PowerBiFake().RefreshAnswers(401,
            PowerBiFake.Error("TokenExpired", "Access token has expired, resubmit with a new access token"));

        using var run = RefreshOnly(fake);

        Assert.Equal(ExitCodes.PowerBiUnauthorized, run.ExitCode);
        Assert.Contains("refused the access token", run.StandardOutput);
        Assert.Contains("TokenExpired", run.StandardOutput);
        Assert.Equal(1, fake.Calls("POST", "/refreshes"));
    }

    [Fact]
    public void Throttling_429_waits_the_Retry_After_then_gives_up_after_the_retry_limit()
    {
        using var fake = new PowerBiFake().RefreshAnswers(429, PowerBiFake.Error("TooManyRequests", "Rate limit exceeded"), ("Retry-After", "1"));

        using var run = RefreshOnly(fake);

        Assert.Equal(ExitCodes.PowerBiThrottled, run.ExitCode);
        Assert.Contains("throttled", run.StandardOutput);
        // The first call and two retries (--max-retries 2), each after the second Retry-After asked for, not the 0.05 s back-off.
        var calls = fake.Server.Received.Where(r => r.Method == "POST").Select(r => r.At).Order().ToList();
        Assert.Equal(3, calls.Count);
        Assert.All(calls.Zip(calls.Skip(1)), pair => Assert.True((pair.Second - pair.First).TotalSeconds >= 0.9, $"retried after {(pair.Second - pair.First).TotalSeconds:0.00} s"));
    }

    [Fact]
    public void Server_errors_5xx_are_retried_a_limited_number_of_times_then_fail_the_run()
    {
        using var fake = new PowerBiFake().RefreshAnswers(503, PowerBiFake.Error("ServiceUnavailable", "The service is temporarily unavailable"));

        using var run = RefreshOnly(fake);

        Assert.Equal(ExitCodes.PowerBiUnavailable, run.ExitCode);
        Assert.Contains("kept failing after every retry (HTTP 503", run.StandardOutput);
        Assert.Equal(3, fake.Calls("POST", "/refreshes"));
        Assert.Contains("retry 1 of 2", run.StandardError);
        Assert.Contains("retry 2 of 2", run.StandardError);
    }

    [Fact]
    public void A_wrong_dataset_id_404_is_a_rejected_request_with_the_service_message()
    {
        using var fake = new PowerBiFake().RefreshAnswers(404, PowerBiFake.Error("ItemNotFound", "Dataset 7d2c9b1e is not found"));

        using var run = RefreshOnly(fake);

        Assert.Equal(ExitCodes.PowerBiRejected, run.ExitCode);
        Assert.Contains("ItemNotFound", run.StandardOutput);
    }
}
