using CsWarehouse.Etl.Exports;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Loading;

/// <summary>
/// The export files of a source folder, each matched to its export and header-checked before anything is written;
/// <paramref name="AsOf"/> is the day in a dated snapshot file's name.
/// </summary>
public sealed record SourceFile(Export Export, string Path, FileHeader Header, DateOnly? AsOf = null)
{
    /// <summary>The name rejects and warnings give the file: the export's own, or the dated file's.</summary>
    public string Name => AsOf is null ? Export.FileName : System.IO.Path.GetFileName(Path);
}

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
            DateOnly? asOf = null;
            if (DatedFileName.TryParse(name, out var snapshot, out var day)) asOf = day;
            var export = (asOf is null ? CanonicalExports.ForFile(name) : snapshot) ?? throw new FileLevelException(name,
                extension == ".csv"
                    ? $"unknown export file name. Expected one of: {string.Join(", ", CanonicalExports.All.Select(e => e.FileName))}."
                    : "only CSV exports are read; save it as CSV with one of the canonical file names.");
            var header = FileHeader.Inspect(export, path, asOf is null ? null : name);
            foreach (var column in header.IgnoredColumns)
                warn(new LoadWarning(name, null, $"column '{column}' is not part of the data contract; ignored"));
            found.Add(new SourceFile(export, path, header, asOf));
        }
        if (found.Count == 0)
            throw new FileLevelException(folder, "no export files found (expected files such as tickets.csv, calls.csv).");
        var order = CanonicalExports.All.ToList();
        // Snapshots of several days load oldest first; an undated one is as of the run's day, normally the latest.
        return found.OrderBy(f => order.IndexOf(f.Export)).ThenBy(f => f.AsOf ?? DateOnly.MaxValue).ToList();
    }
}
