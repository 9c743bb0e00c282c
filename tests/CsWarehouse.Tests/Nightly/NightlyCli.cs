using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Nightly;

/// <summary>Runs <c>cswh run</c> as a scheduler would, signed in with a token that must never show in its output.</summary>
internal static class NightlyCli
{
    public const string TokenVariable = "CSWH_TEST_POWERBI_TOKEN";

    /// <summary>A fresh secret per test run, so finding it in output can only mean it leaked.</summary>
    public static readonly string Token = "tok-" + Guid.NewGuid().ToString("N");

    /// <summary>Fast polling and back-off, so the failure tests finish in seconds.</summary>
    public static string[] Against(PowerBiFake fake) =>
    [
        "--model", fake.ModelArgument, "--powerbi-api", fake.Api, "--auth", "access_token", "--token-env", TokenVariable,
        "--poll-seconds", "0.05", "--poll-max-seconds", "0.2", "--retry-delay", "0.05", "--max-retries", "2",
    ];

    public static CswhProcess Run(IEnumerable<string> args)
    {
        var run = CswhProcess.Run(["run", .. args], new Dictionary<string, string?> { [TokenVariable] = Token });
        AssertNoSecret(run.StandardOutput + run.StandardError);
        return run;
    }

    /// <summary>Every line of the text, one by one, is free of the token.</summary>
    public static void AssertNoSecret(string text)
    {
        foreach (var line in text.Split('\n'))
            Assert.DoesNotContain(Token, line, StringComparison.Ordinal);
    }

    /// <summary>The token did reach the service: a test that never sent it could not prove it is kept out of the output.</summary>
    public static void AssertTokenWasSent(PowerBiFake fake) =>
        Assert.Contains($"Bearer {Token}", fake.AuthorizationHeaders);
}
