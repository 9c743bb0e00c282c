using System.Text.RegularExpressions;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Migrations;

namespace CsWarehouse.Tests.Migrations;

/// <summary>
/// warehouse/ reads in the order a run uses it: each table's migration and the fill a load runs for it sit side by
/// side (<c>NNNN_name.sql</c>, <c>NNNN_name.fill.sql</c>), and only the first kind is ever a migration.
/// </summary>
public sealed partial class WarehouseLayoutTests
{
    public static TheoryData<EngineKind> Engines() => new(Enum.GetValues<EngineKind>());

    [Theory]
    [MemberData(nameof(Engines))]
    public void Every_shipped_migration_keeps_its_name_and_its_place_in_the_order(EngineKind engine)
    {
        var shipped = ShippedMigrations.For(engine);
        var names = Migrator.Scripts(engine).Select(s => s.Name).ToList();

        Assert.Empty(shipped.Except(names));
        Assert.Equal(shipped, names.Where(shipped.Contains));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void No_fill_is_ever_a_migration(EngineKind engine)
    {
        Assert.DoesNotContain(Migrator.Scripts(engine), s => s.Name.EndsWith(WarehouseScripts.FillSuffix, StringComparison.Ordinal));
        Assert.NotEmpty(WarehouseScripts.Conform);
        Assert.All(WarehouseScripts.Conform, s => Assert.True(s.IsFill, s.Path));
    }

    [Fact]
    public void A_load_fills_the_dimensions_before_the_facts()
    {
        var folders = WarehouseScripts.Conform.Select(s => s.Folder).ToList();

        Assert.Equal(["2_dimensions", "3_facts"], folders.Distinct());
        Assert.Equal(folders.Order(StringComparer.Ordinal), folders);
    }

    /// <summary>A stray folder (such as a fill folder left behind) would be embedded and silently never run.</summary>
    [Fact]
    public void Every_script_lives_in_a_folder_the_warehouse_uses()
    {
        var used = WarehouseScripts.MigrationFolders.Concat(WarehouseScripts.ViewFolders).Append("tests")
            .Concat(Enum.GetValues<EngineKind>().Select(WarehouseScripts.EngineFolder)).ToHashSet(StringComparer.Ordinal);

        Assert.All(WarehouseScripts.All, s => Assert.True(used.Contains(s.Folder), $"{s.Path} is in no folder the warehouse uses"));
        Assert.All(WarehouseScripts.All.Where(s => s.IsFill), s => Assert.Contains(s.Folder, WarehouseScripts.FillFolders));
    }

    [Fact]
    public void Every_table_a_fill_writes_has_its_fill_beside_the_migration_that_creates_it()
    {
        var fills = WarehouseScripts.Conform.ToList();
        var filled = fills.SelectMany(f => InsertInto().Matches(f.Text).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var migration in WarehouseScripts.FillFolders.SelectMany(WarehouseScripts.In))
        {
            foreach (var table in CreateTable().Matches(migration.Text).Select(m => m.Groups[1].Value).Where(filled.Contains))
            {
                var twin = migration.Path[..^".sql".Length] + WarehouseScripts.FillSuffix;
                if (!fills.Any(f => f.Path == twin))
                    problems.Add($"dw.{table}: created by {migration.Path}, but no {twin} fills it");
                else if (!Writes().Matches(fills.Single(f => f.Path == twin).Text).Any(m => m.Groups[1].Value == table))
                    problems.Add($"{twin} does not write dw.{table}, which its twin creates");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [GeneratedRegex(@"create table dw\.(\w+)")]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"insert into dw\.(\w+)")]
    private static partial Regex InsertInto();

    [GeneratedRegex(@"(?:insert into|update|delete from) dw\.(\w+)")]
    private static partial Regex Writes();
}
