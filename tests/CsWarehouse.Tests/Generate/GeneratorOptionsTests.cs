using CsWarehouse.Generator;

namespace CsWarehouse.Tests.Generate;

public sealed class GeneratorOptionsTests
{
    [Theory]
    [InlineData(0, 12, 0.0, "Asia/Ho_Chi_Minh", "--customers")]
    [InlineData(10, 0, 0.0, "Asia/Ho_Chi_Minh", "--months")]
    [InlineData(10, 12, 0.9, "Asia/Ho_Chi_Minh", "--dirty-rate")]
    [InlineData(10, 12, 0.0, "Mars/Olympus_Mons", "Mars/Olympus_Mons")]
    public void Invalid_options_fail_with_a_message_naming_the_option(int customers, int months, double dirtyRate, string zone, string named)
    {
        var options = new GeneratorOptions(GeneratedFolder.NewTempDir(), Customers: customers, Months: months, DirtyRate: dirtyRate, TimeZone: zone);

        var error = Assert.Throws<ArgumentException>(() => ExportGenerator.Run(options));

        Assert.Contains(named, error.Message);
        Assert.False(Directory.Exists(options.OutDir));
    }

    [Fact]
    public void A_start_date_inside_a_month_starts_the_period_on_the_first_of_that_month()
    {
        using var folder = new GeneratedFolder(new GeneratorOptions(GeneratedFolder.NewTempDir(), Customers: 30, Months: 1, Start: new DateOnly(2026, 3, 17)));

        var created = folder.Rows("tickets.csv").Select(t => t["created_at"][..7]).Distinct();
        Assert.Equal(["2026-03"], created);
        Assert.Contains("\"start\": \"2026-03\"", File.ReadAllText(Path.Combine(folder.Dir, "generator", "manifest.json")));
    }

    [Fact]
    public void A_single_customer_over_a_single_month_still_writes_every_file()
    {
        using var folder = GeneratedFolder.Generate(seed: 1, customers: 1, months: 1, dirtyRate: 0.3);

        foreach (var file in ContractHeaders.Files.Keys) Assert.True(File.Exists(Path.Combine(folder.Dir, file)), file);
        Assert.Equal(8, folder.Read("agents.csv").Records.Count);
    }
}
