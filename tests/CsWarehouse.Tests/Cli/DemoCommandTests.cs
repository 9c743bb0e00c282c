using System.Globalization;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Kpi;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Cli;

/// <summary><c>cswh demo</c>, the README quick start: loads the committed sample and says what landed.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_loads_every_sample_row_and_prints_what_landed_and_each_dashboards_headline()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);

        using var run = CswhProcess.Run(["demo", "--samples", RepositoryPaths.DemoSamples, "--db", warehouse.DbArgument]);

        Assert.True(run.ExitCode == 0, run.StandardError + run.StandardOutput);
        var output = run.StandardOutput;
        // total  read  loaded  rejected  warnings: every record read is loaded, none rejected.
        var total = output.Split('\n').Single(l => l.TrimStart().StartsWith("total", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(total[1], total[2]);
        Assert.Equal("0", total[3]);
        // Tickets have no quoted line breaks, so their lines count their records.
        var tickets = File.ReadLines(Path.Combine(RepositoryPaths.DemoSamples, "tickets.csv")).Count() - 1;
        Assert.Contains($"{tickets.ToString("N0", CultureInfo.InvariantCulture)} tickets", output);
        Assert.Contains("Headline KPIs of", output);
        foreach (var dashboard in KpiDashboard.All)
            Assert.Contains($"  {dashboard.Name}:", output);
    }
}
