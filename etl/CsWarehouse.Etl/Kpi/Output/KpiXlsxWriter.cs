using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CsWarehouse.Etl.Kpi.Output;

/// <summary>A KPI report as an Excel workbook: one sheet per dashboard, a row per slice, a column per code.</summary>
public static class KpiXlsxWriter
{
    private const uint HeaderStyle = 1, PercentStyle = 2;

    public static void Write(KpiTable table, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        foreach (var dashboard in KpiDashboard.All)
        {
            var codes = dashboard.Codes.Where(table.Codes.Contains).ToList();
            if (codes.Count == 0) continue;
            var data = new SheetData(Row(1, table.LabelColumns.Concat(codes).Select(Text(HeaderStyle))));
            var number = 2u;
            foreach (var row in table.Rows)
                data.Append(Row(number++, row.Labels.Select(Text(0)).Concat(codes.Select(code => Number(code, row.Values[code])))));
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(data);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = dashboard.Name });
        }
        workbook.Workbook.Save();
    }

    private static Row Row(uint number, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = number };
        var column = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = ColumnName(column++) + number;
            row.Append(cell);
        }
        return row;
    }

    private static Func<string?, Cell> Text(uint style) => text => new Cell
    {
        DataType = CellValues.InlineString, StyleIndex = style, InlineString = new InlineString(new Text(text ?? "")),
    };

    private static Cell Number(string code, decimal? value) => value is { } v
        ? new Cell
        {
            DataType = CellValues.Number, CellValue = new CellValue(KpiValueFormat.Rounded(v)),
            StyleIndex = KpiUnits.Of(code) == KpiUnit.Rate ? PercentStyle : 0,
        }
        : new Cell();

    private static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });
}
