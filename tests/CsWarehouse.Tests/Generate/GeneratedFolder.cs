using System.Collections.Concurrent;
using CsWarehouse.Generator;

namespace CsWarehouse.Tests.Generate;

/// <summary>A generated export folder in a temporary directory, with its CSV files parsed on first use.</summary>
public sealed class GeneratedFolder : IDisposable
{
    private readonly ConcurrentDictionary<string, (string[] Header, List<CsvRecord> Records)> _files = new();

    public GeneratedFolder(GeneratorOptions options)
    {
        Options = options;
        Result = ExportGenerator.Run(options);
    }

    public static GeneratedFolder Generate(int seed, int customers, int months, double dirtyRate = 0) =>
        new(new GeneratorOptions(NewTempDir(), seed, customers, months, DirtyRate: dirtyRate));

    public static string NewTempDir() => Path.Combine(Path.GetTempPath(), "cswh-generate-" + Guid.NewGuid().ToString("N"));

    public GeneratorOptions Options { get; }

    public GeneratorResult Result { get; }

    public string Dir => Options.OutDir;

    public (string[] Header, List<CsvRecord> Records) Read(string file) =>
        _files.GetOrAdd(file, f => CsvRecords.Read(Path.Combine(Dir, f)));

    /// <summary>The records of a file as column-name dictionaries.</summary>
    public List<Dictionary<string, string>> Rows(string file)
    {
        var (header, records) = Read(file);
        return records.Select(r => header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => r.Fields[p.i])).ToList();
    }

    public ContractRules Rules() =>
        new(Rows("fx_rates.csv").Select(r => r["month"] + "|" + r["currency"]).ToHashSet());

    public void Dispose()
    {
        if (Directory.Exists(Dir)) Directory.Delete(Dir, recursive: true);
    }
}

/// <summary>The folders the generator tests share: clean, dirty, and a larger one for behaviour checks.</summary>
public sealed class GeneratedExports : IDisposable
{
    public const double DirtyRate = 0.05;

    public GeneratedFolder Clean { get; } = GeneratedFolder.Generate(seed: 11, customers: 300, months: 3);

    public GeneratedFolder Dirty { get; } = GeneratedFolder.Generate(seed: 11, customers: 300, months: 3, DirtyRate);

    public GeneratedFolder Large { get; } = GeneratedFolder.Generate(seed: 5, customers: 1500, months: 6);

    public void Dispose()
    {
        Clean.Dispose();
        Dirty.Dispose();
        Large.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class GeneratedExportsCollection : ICollectionFixture<GeneratedExports>
{
    public const string Name = "generated exports";
}
