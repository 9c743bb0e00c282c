using System.Text.RegularExpressions;
using CsWarehouse.Tests.PowerBi;

namespace CsWarehouse.Tests.Publishing;

/// <summary>What each table of powerbi/…/model.bim reads on the Parquet path: the server Item, the file name and the columns it selects.</summary>
internal static partial class ModelTables
{
    public sealed record Read(string Table, string Schema, string Item, string ParquetFile, IReadOnlyList<string> Columns);

    public static IReadOnlyList<Read> All()
    {
        var model = PowerBiModel.Load();
        var reads = new List<Read>();
        foreach (var table in PowerBiModel.Tables(model))
        {
            foreach (var partition in table["partitions"]!.AsArray())
            {
                var m = PowerBiModel.Text(partition!["source"]!["expression"]);
                var item = ItemPattern().Match(m);
                var file = FilePattern().Match(m);
                if (!item.Success && !file.Success) continue; // a calculated table reads no file
                Assert.True(item.Success && file.Success, $"table {PowerBiModel.Name(table)} names only one of Item and a Parquet file:\n{m}");
                var select = SelectPattern().Match(m);
                Assert.True(select.Success, $"table {PowerBiModel.Name(table)} selects no columns");
                var columns = QuotedPattern().Matches(select.Groups[1].Value).Select(q => q.Groups[1].Value).ToList();
                reads.Add(new Read(PowerBiModel.Name(table), item.Groups[1].Value, item.Groups[2].Value, file.Groups[1].Value, columns));
            }
        }
        return reads;
    }

    [GeneratedRegex("""Schema = "(\w+)", Item = "(\w+)"\]""")]
    private static partial Regex ItemPattern();

    [GeneratedRegex("""Folder & "/([^"]+)"\)""")]
    private static partial Regex FilePattern();

    [GeneratedRegex("""Table\.SelectColumns\(Source, \{([^}]*)\}\)""")]
    private static partial Regex SelectPattern();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedPattern();
}
