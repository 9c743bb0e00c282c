namespace CsWarehouse.Generator;

/// <summary>One written export file and its number of data rows (records, not lines).</summary>
public sealed record GeneratedFile(string FileName, long Rows);

/// <summary>What a generator run wrote: each file with its row count, and how many rows were made dirty on purpose.</summary>
public sealed record GeneratorResult(IReadOnlyList<GeneratedFile> Files, long InjectedRejects);
