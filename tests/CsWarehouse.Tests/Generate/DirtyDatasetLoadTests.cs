using CsWarehouse.Etl.Configuration;
using CsWarehouse.Generator;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Generate;

/// <summary>A dataset made dirty on purpose loads with exactly the injected rows rejected, on every engine.</summary>
public abstract class DirtyDatasetLoad
{
    protected abstract EngineKind Engine { get; }

    [SkippableFact]
    public void Exactly_the_injected_rows_are_rejected_and_every_other_row_loads()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        var folder = Directory.CreateTempSubdirectory("cswh-dirty-").FullName;
        try
        {
            var result = ExportGenerator.Run(new GeneratorOptions(folder, Seed: 5, Customers: 200, Months: 4, DirtyRate: 0.02));
            var injected = File.ReadLines(Path.Combine(folder, "generator", "injected_rejects.csv")).Skip(1)
                .Select(line => line.Split(','))
                .Select(f => $"{f[0]}:{f[1]}")
                .ToHashSet();
            Assert.Equal(result.InjectedRejects, injected.Count);
            Assert.True(injected.Count > 50, "the dataset should carry a fair number of dirty rows");

            var outcome = warehouse.Load(folder, new LoadSettings
            {
                SourceTimeZone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--source-tz"),
                MaxRejectRate = 0.05,
            });

            Assert.True(outcome.Succeeded, outcome.Message);
            var rejected = outcome.Rejections.Select(r => $"{r.File}:{r.LineNumber}").ToHashSet();
            Assert.Empty(rejected.Except(injected));
            Assert.Empty(injected.Except(rejected));
            Assert.Equal(injected.Count, outcome.RowsRejected);
            var written = result.Files.ToDictionary(f => f.FileName, f => f.Rows);
            foreach (var file in outcome.Files)
                Assert.Equal(written[file.File] - injected.Count(i => i.StartsWith(file.File + ":")), file.RowsLoaded);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

public sealed class DuckDbDirtyDatasetLoad : DirtyDatasetLoad
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresDirtyDatasetLoad : DirtyDatasetLoad
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
