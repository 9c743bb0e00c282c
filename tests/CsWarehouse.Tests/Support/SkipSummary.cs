namespace CsWarehouse.Tests.Support;

/// <summary>The closing lines of a test run: how many tests skipped for each reason, the most common first.</summary>
public static class SkipSummary
{
    public static IEnumerable<string> Lines(IReadOnlyDictionary<string, int> countsByReason) =>
        countsByReason.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => $"{r.Value} {(r.Value == 1 ? "test" : "tests")} skipped: {r.Key}");
}
