using System.Security.Cryptography;

namespace CsWarehouse.Tests.Generate;

public sealed class GeneratorDeterminismTests
{
    [Fact]
    public void Same_seed_and_options_write_byte_identical_folders()
    {
        using var first = GeneratedFolder.Generate(seed: 3, customers: 200, months: 2, dirtyRate: 0.02);
        using var second = GeneratedFolder.Generate(seed: 3, customers: 200, months: 2, dirtyRate: 0.02);

        Assert.Equal(Hashes(first.Dir), Hashes(second.Dir));
    }

    [Fact]
    public void A_different_seed_writes_different_data()
    {
        using var first = GeneratedFolder.Generate(seed: 3, customers: 200, months: 2);
        using var second = GeneratedFolder.Generate(seed: 4, customers: 200, months: 2);

        var a = Hashes(first.Dir);
        var b = Hashes(second.Dir);
        Assert.NotEqual(a["tickets.csv"], b["tickets.csv"]);
        Assert.NotEqual(a["customers.csv"], b["customers.csv"]);
    }

    private static SortedDictionary<string, string> Hashes(string dir) => new(
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}
