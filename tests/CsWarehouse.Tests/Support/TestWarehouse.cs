using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Loading;
using CsWarehouse.Etl.Migrations;

namespace CsWarehouse.Tests.Support;

/// <summary>A real, empty warehouse for one test: a DuckDB file in a temp folder or a fresh PostgreSQL database.</summary>
public sealed class TestWarehouse : IDisposable
{
    private readonly string? _tempFolder;

    private TestWarehouse(WarehouseTarget target, string? tempFolder)
    {
        Target = target;
        _tempFolder = tempFolder;
    }

    public WarehouseTarget Target { get; }

    /// <summary>The <c>--db</c> value a child <c>cswh</c> process would take.</summary>
    public string DbArgument => $"{Target.Engine.ToString().ToLowerInvariant()}:{Target.ConnectionString}";

    public static TestWarehouse Create(EngineKind engine)
    {
        if (engine == EngineKind.Postgres)
            return new TestWarehouse(new WarehouseTarget(EngineKind.Postgres, PostgresServer.CreateDatabase()), null);
        var folder = Directory.CreateTempSubdirectory("cswh-test-").FullName;
        return new TestWarehouse(new WarehouseTarget(EngineKind.DuckDb, Path.Combine(folder, "warehouse.duckdb")), folder);
    }

    /// <summary>A new warehouse with the export files (name, CSV text) loaded with the settings; asserts success without rejects.</summary>
    public static TestWarehouse CreateLoaded(EngineKind engine, LoadSettings settings, params (string File, string Csv)[] files)
    {
        var warehouse = Create(engine);
        using var folder = new ExportFolder();
        foreach (var (file, csv) in files) folder.With(file, csv);
        var outcome = warehouse.Load(folder.Path, settings);
        Assert.True(outcome.Succeeded && outcome.RowsRejected == 0, outcome.Message ?? string.Join("\n", outcome.Rejections));
        return warehouse;
    }

    /// <summary>Opens the warehouse, migrated, holding the run lock until disposed.</summary>
    public IWarehouseEngine Open()
    {
        var engine = WarehouseEngines.Open(Target);
        if (!engine.TryAcquireRunLock()) throw new InvalidOperationException("test warehouse is locked");
        Migrator.Migrate(engine, SilentRunLog.Instance);
        return engine;
    }

    /// <summary>Loads a folder in-process and returns what the run reported.</summary>
    public LoadOutcome Load(string folder, LoadSettings? settings = null)
    {
        using var engine = Open();
        return new LoadRunner(engine, SilentRunLog.Instance).Run(new LoadRequest(folder, settings ?? new LoadSettings()));
    }

    public void Dispose()
    {
        if (Target.Engine == EngineKind.Postgres) PostgresServer.DropDatabase(Target.ConnectionString);
        if (_tempFolder is not null)
        {
            try { Directory.Delete(_tempFolder, recursive: true); }
            catch (IOException) { } // a killed child process may still be letting go of the file
        }
    }
}
