using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Profiles;

/// <summary>One mapped row of a preview: its vendor line, canonical values, and why it would be rejected (empty = it loads).</summary>
public sealed record PreviewRow(long LineNumber, IReadOnlyList<string?> Values, IReadOnlyList<RowProblem> Problems);

/// <summary>The first rows of one target of a vendor file as the load would see them, validated by the same rules.</summary>
public sealed record PreviewTable(string Entity, IReadOnlyList<string> Columns, IReadOnlyList<PreviewRow> Rows);

public static class ProfilePreview
{
    public static IReadOnlyList<PreviewTable> Of(Profile profile, string path, TimeZoneInfo zone, int rows)
    {
        var tables = new List<PreviewTable>();
        var context = new LoadContext(new LoadSettings { SourceTimeZone = zone });
        foreach (var target in profile.Targets)
        {
            var export = target.Export;
            var malformed = new List<MalformedRecord>();
            using var content = File.OpenRead(path);
            using var source = new MappedRecordSource(VendorFileOpener.Open(path, content, profile.Match, malformed.Add), profile, target, zone, Path.GetFileName(path));
            var header = FileHeader.Match(export, source.Headers, source.VendorFile);
            var validator = new RowValidator(export, new ValueParser(zone));
            var list = new List<PreviewRow>();
            while (list.Count < rows && source.Read())
            {
                var row = new ParsedRow(export.Fields.Count);
                row.Reset(source.LineNumber);
                validator.Fill(row, source.TextAt, header.ColumnOfField);
                DamagedIds.Check(export, row);
                if (row.IsValid && source.Problems.Count == 0) export.Check(row, context);
                list.Add(new PreviewRow(source.LineNumber, Enumerable.Range(0, source.Headers.Count).Select(source.TextAt).ToList(),
                    RowProblems.Of(row, source).ToList()));
            }
            tables.Add(new PreviewTable(export.Entity, source.Headers, list));
        }
        return tables;
    }
}
