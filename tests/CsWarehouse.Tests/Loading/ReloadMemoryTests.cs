using System.Security.Cryptography;
using System.Text;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Generate;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Loading;

/// <summary>
/// A nightly full re-export loads every row again. It must fit where the first load fitted: before unchanged ticket
/// conversations were left alone, the second load of a 30,000-customer export ran DuckDB out of its default 256 MB at
/// the ticket-message step. To keep the test short it uses a tenth of that export and a quarter of the memory
/// (64 MB): the code before the change fails the second load at exactly that step with these figures too.
/// </summary>
public sealed class ReloadMemoryTests
{
    private const string Zone = "Asia/Ho_Chi_Minh";

    [Fact]
    public void A_full_reload_of_the_same_export_fits_the_memory_the_first_load_fitted_and_changes_nothing()
    {
        using var export = GeneratedFolder.Generate(seed: 1, customers: 3000, months: 12);
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        var environment = new Dictionary<string, string?> { ["CSWH_DUCKDB_MEMORY_LIMIT"] = "64MB" };
        string[] load = ["load", "--source", export.Dir, "--db", warehouse.DbArgument, "--source-tz", Zone, "--as-of", "2025-12-31"];

        using (var first = CswhProcess.Run(load, environment))
            Assert.True(first.ExitCode == 0, first.StandardError);
        var before = Digest(WarehouseSnapshot.Content(warehouse.Target, "dw"));

        using (var second = CswhProcess.Run(load, environment))
            Assert.True(second.ExitCode == 0, second.StandardError);

        Assert.Equal(before, Digest(WarehouseSnapshot.Content(warehouse.Target, "dw")));
    }

    private static string Digest(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
