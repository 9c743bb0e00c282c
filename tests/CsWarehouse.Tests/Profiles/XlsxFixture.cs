using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CsWarehouse.Tests.Profiles;

/// <summary>
/// Writes a one-sheet workbook the way Excel stores values: timestamps and dates as serial numbers with a date
/// format (a custom one for timestamps, built-in 14 for dates), numbers as numbers, booleans as booleans, text inline.
/// </summary>
public static class XlsxFixture
{
    private const uint DateTimeStyle = 1, DateStyle = 2;
    private static readonly DateTime Epoch = new(1899, 12, 30);

    public static void Write(string path, IReadOnlyList<string> header, params object?[][] rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var data = new SheetData(Row(1, header.Cast<object?>()));
        for (var i = 0; i < rows.Length; i++) data.Append(Row((uint)i + 2, rows[i]));
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "Export" });
        workbook.Workbook.Save();
    }

    private static Row Row(uint number, IEnumerable<object?> values)
    {
        var row = new Row { RowIndex = number };
        var column = 0;
        foreach (var value in values)
        {
            var reference = (char)('A' + column++) + number.ToString(CultureInfo.InvariantCulture);
            if (value is null) continue; // an empty cell is simply absent, as Excel writes it
            var cell = value switch
            {
                string s => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) },
                DateTime t => Number((t - Epoch).TotalDays, DateTimeStyle),
                DateOnly d => Number((d.ToDateTime(TimeOnly.MinValue) - Epoch).TotalDays, DateStyle),
                bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
                _ => Number(Convert.ToDouble(value, CultureInfo.InvariantCulture), 0),
            };
            cell.CellReference = reference;
            row.Append(cell);
        }
        return row;
    }

    private static Cell Number(double value, uint style) => new()
    {
        CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)), StyleIndex = style,
    };

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm:ss" }) { Count = 1 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0 },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 3 });
}
