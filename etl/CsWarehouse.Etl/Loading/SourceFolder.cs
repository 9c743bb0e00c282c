using CsWarehouse.Etl.Exports;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Loading;

/// <summary>The export files of a source folder, each matched to its export and header-checked before anything is written.</summary>
public sealed record SourceFile(Export Export, string Path, FileHeader Header);

public static class SourceFolder
{
    private static readonly string[] DataExtensions = [".csv", ".tsv", ".txt", ".xlsx", ".xls"];

    /// <summary>Finds and checks the files; throws <see cref="FileLevelException"/> for any file that cannot load.</summary>
    public static IReadOnlyList<SourceFile> Discover(string folder, Action<LoadWarning> warn)
    {
        if (!Directory.Exists(folder))
            throw new FileLevelException(folder, "the source folder does not exist.");
        var found = new List<SourceFile>();
        foreach (var path in Directory.EnumerateFiles(folder).OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.')) continue;
            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (!DataExtensions.Contains(extension))
            {
                warn(new LoadWarning(name, null, "not an export file; ignored"));
                continue;
            }
            var export = CanonicalExports.ForFile(name) ?? throw new FileLevelException(name,
                extension == ".csv"
                    ? $"unknown export file name. Expected one of: {string.Join(", ", CanonicalExports.All.Select(e => e.FileName))}."
                    : "only CSV exports are read; save it as CSV with one of the canonical file names.");
            InputPin.RequireRegularFile(path, name);
            var header = FileHeader.Inspect(export, path);
            foreach (var column in header.IgnoredColumns)
                warn(new LoadWarning(name, null, $"column '{column}' is not part of the data contract; ignored"));
            found.Add(new SourceFile(export, path, header));
        }
        if (found.Count == 0)
            throw new FileLevelException(folder, "no export files found (expected files such as tickets.csv, calls.csv).");
        var order = CanonicalExports.All.ToList();
        return found.OrderBy(f => order.IndexOf(f.Export)).ToList();
    }
}
