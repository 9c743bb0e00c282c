namespace CsWarehouse.Tests.Support;

/// <summary>The closing lines of a run say how many tests skipped for each reason, so a skip is never silent.</summary>
public sealed class SkipSummaryTests
{
    [Fact]
    public void Each_skip_reason_gets_one_line_with_its_count_most_common_first()
    {
        var lines = SkipSummary.Lines(new Dictionary<string, int>
        {
            ["schemas not found"] = 2,
            ["No PostgreSQL server configured: set CSWH_TEST_POSTGRES"] = 275,
            ["node is not installed"] = 1,
        }).ToList();

        Assert.Equal(
        [
            "275 tests skipped: No PostgreSQL server configured: set CSWH_TEST_POSTGRES",
            "2 tests skipped: schemas not found",
            "1 test skipped: node is not installed",
        ], lines);
    }

    [Fact]
    public void The_test_assembly_turns_on_the_messages_that_carry_the_summary()
    {
        var settings = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "xunit.runner.json")))!;

        Assert.True(settings["diagnosticMessages"]!.GetValue<bool>());
    }
}
