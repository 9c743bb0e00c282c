using CsWarehouse.Etl.Contracts;
using CsWarehouse.Etl.Profiles;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Loading;

/// <summary>
/// One export of a source folder, matched to its canonical export and header-checked before anything is written:
/// a canonical file, or one target of a vendor file's profile.
/// </summary>
public sealed record SourceFile(Export Export, string Path, FileHeader Header)
{
    public Profile? Profile { get; init; }
    public ProfileTarget? Target { get; init; }

    /// <summary>The day in the file's name (<c>subscriptions_2026-01-31.csv</c>): the day a snapshot shows.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The name runs report the file under: the canonical name, or the dated or vendor file's own name.</summary>
    public string Label => Profile is null && AsOf is null ? CanonicalLabel(Export, Path) : System.IO.Path.GetFileName(Path);

    public static string CanonicalLabel(Export export, string path) =>
        VendorFileOpener.IsSpreadsheet(path) ? System.IO.Path.GetFileName(path) : export.FileName;

    /// <summary>Opens the records the loader validates: canonical columns, whatever the file's layout.</summary>
    /// <param name="zone">The zone a profile reads naive vendor timestamps in.</param>
    public IRecordSource Open(Stream content, Action<MalformedRecord> onMalformed, TimeZoneInfo zone)
    {
        if (Profile is null || Target is null)
            return VendorFileOpener.IsSpreadsheet(Path)
                ? new XlsxRecordSource(Path, Label)
                : new CsvRecordSource(content, onMalformed);
        var vendor = VendorFileOpener.Open(Path, content, Profile.Match, onMalformed);
        return new MappedRecordSource(vendor, Profile, Target, zone, Label);
    }

    /// <summary>Reads just the header of a canonical file (CSV or workbook) and matches it.</summary>
    public static FileHeader InspectCanonical(Export export, string path)
    {
        if (!VendorFileOpener.IsSpreadsheet(path)) return FileHeader.Inspect(export, path);
        var label = CanonicalLabel(export, path);
        using var sheet = new XlsxRecordSource(path, label);
        if (sheet.Headers.Count == 0) throw new FileLevelException(label, "the sheet is empty (no header row).");
        return FileHeader.Match(export, sheet.Headers, label);
    }
}
