using System.Globalization;
using System.Text.Json;
using CsWarehouse.Generator.Output;

namespace CsWarehouse.Generator.Layouts;

/// <summary>The generated period of a folder, from its manifest: a rewrite after generation needs its last day.</summary>
internal static class GeneratedPeriod
{
    public static DateOnly LastDay(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ContractFiles.AuxiliaryFolder, GeneratorManifest.FileName)));
        var start = DateOnly.ParseExact(manifest.RootElement.GetProperty("start").GetString()!, "yyyy-MM", CultureInfo.InvariantCulture);
        return start.AddMonths(manifest.RootElement.GetProperty("months").GetInt32()).AddDays(-1);
    }
}
