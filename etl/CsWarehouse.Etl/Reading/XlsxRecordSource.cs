using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CsWarehouse.Etl.Reading;

/// <summary>
/// One sheet of an .xlsx workbook read row by row with the Open XML SAX reader (the sheet is never held whole):
/// the header on <c>headerRow</c> (or the given column names), then one record per non-empty row.
/// </summary>
public sealed class XlsxRecordSource : IRecordSource
{
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly List<string> _sharedStrings = [];
    private readonly XlsxCellText _cells;
    private readonly string?[] _current;
    private readonly long _size;
    private bool _done;

    public XlsxRecordSource(string path, string file, string? sheetName = null, int headerRow = 1, IReadOnlyList<string>? columns = null)
    {
        _size = InputPin.Stat(path).Length;
        try { _document = SpreadsheetDocument.Open(path, false); }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException)
        { throw new FileLevelException(file, $"is not a readable .xlsx workbook: {e.Message}"); }
        var workbook = _document.WorkbookPart ?? throw new FileLevelException(file, "has no workbook.");
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = (sheetName is null ? sheets.FirstOrDefault() : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, sheetName, StringComparison.OrdinalIgnoreCase)))
            ?? throw new FileLevelException(file, sheetName is null ? "has no sheet." : $"has no sheet named '{sheetName}'.");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        if (workbook.SharedStringTablePart is { } shared) ReadSharedStrings(shared);
        _cells = new XlsxCellText(workbook.WorkbookStylesPart?.Stylesheet, workbook.Workbook.WorkbookProperties?.Date1904?.Value == true);
        _reader = OpenXmlReader.Create(part);

        if (columns is not null) Headers = columns;
        else
        {
            string?[]? header = null;
            while (NextRow(out var number, out var cells))
                if (number >= headerRow) { header = cells; break; }
            Headers = (header ?? []).Select(h => h ?? "").ToList();
        }
        _current = new string?[Headers.Count];
    }

    public IReadOnlyList<string> Headers { get; }
    public long LineNumber { get; private set; }
    public long BytesRead => _done ? _size : 0;

    public bool Read()
    {
        while (NextRow(out var number, out var cells))
        {
            if (cells.All(c => c is null)) continue;
            Array.Clear(_current);
            Array.Copy(cells, _current, Math.Min(cells.Length, _current.Length));
            LineNumber = number;
            return true;
        }
        _done = true;
        return false;
    }

    public string? TextAt(int column) => _current[column];

    private bool NextRow(out long number, out string?[] cells)
    {
        while (_reader.Read())
        {
            if (_reader.ElementType != typeof(Row) || !_reader.IsStartElement) continue;
            var row = (Row)_reader.LoadCurrentElement()!;
            number = row.RowIndex?.Value ?? LineNumber + 1;
            var values = new List<string?>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                while (values.Count < column) values.Add(null);
                var raw = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : cell.CellValue?.Text;
                var type = cell.DataType is null ? null : TypeName(cell.DataType.Value);
                var text = _cells.Read(type, raw, cell.StyleIndex?.Value ?? 0, _sharedStrings)?.Trim();
                values.Add(string.IsNullOrEmpty(text) ? null : text);
                next = column + 1;
            }
            cells = values.ToArray();
            return true;
        }
        number = 0;
        cells = [];
        return false;
    }

    private static string? TypeName(CellValues type) =>
        type == CellValues.SharedString ? "s"
        : type == CellValues.Boolean ? "b"
        : type == CellValues.String ? "str"
        : type == CellValues.InlineString ? "inlineStr"
        : type == CellValues.Error ? "e"
        : type == CellValues.Date ? "d"
        : null;

    private void ReadSharedStrings(SharedStringTablePart part)
    {
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                _sharedStrings.Add(reader.LoadCurrentElement()!.InnerText);
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _document.Dispose();
    }
}
