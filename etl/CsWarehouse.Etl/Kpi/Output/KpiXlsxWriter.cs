using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CsWarehouse.Etl.Kpi.Output;

/// <summary>
/// A KPI report as an Excel workbook: one sheet per dashboard, a row per slice, a column per code. Each code's
/// cells carry its unit's number format (rates as percentages, money with two decimals, durations as hours:minutes,
/// counts whole); the header row stays in view and columns are as wide as their longest text.
/// </summary>
public static class KpiXlsxWriter
{
    private const double MinWidth = 8, MaxWidth = 40;

    public static void Write(KpiTable table, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = KpiXlsxStyles.Stylesheet();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        foreach (var dashboard in KpiDashboard.All)
        {
            var codes = dashboard.Codes.Where(table.Codes.Contains).ToList();
            if (codes.Count == 0) continue;
            var header = table.LabelColumns.Concat(codes).ToList();
            var data = new SheetData(Row(1, header.Select(Text(KpiXlsxStyles.Header))));
            var number = 2u;
            foreach (var row in table.Rows)
                data.Append(Row(number++, row.Labels.Select(Text(KpiXlsxStyles.Plain)).Concat(codes.Select(code => Number(code, row.Values[code])))));
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(FrozenHeader(), Widths(header, table, codes), data);
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

    /// <summary>A value in its unit's format; a duration is stored as Excel stores time, in days.</summary>
    private static Cell Number(string code, decimal? value)
    {
        var unit = KpiUnits.Of(code);
        if (value is not { } v) return new Cell { StyleIndex = KpiXlsxStyles.For(unit) };
        return new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(unit == KpiUnit.Seconds ? KpiValueFormat.Invariant(v / 86400m) : KpiValueFormat.Rounded(v)),
            StyleIndex = KpiXlsxStyles.For(unit),
        };
    }

    /// <summary>The header row stays in view while scrolling (a pane split below row 1).</summary>
    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    { WorkbookViewId = 0 });

    /// <summary>Each column as wide as its header or longest label (in characters), within sensible bounds.</summary>
    private static Columns Widths(IReadOnlyList<string> header, KpiTable table, IReadOnlyList<string> codes)
    {
        var columns = new Columns();
        var labels = table.LabelColumns.Count;
        for (var i = 0; i < header.Count; i++)
        {
            var column = i;
            var cells = column < labels
                ? table.Rows.Select(r => r.Labels[column] ?? "")
                : table.Rows.Select(r => KpiValueFormat.Human(codes[column - labels], r.Values[codes[column - labels]]));
            var longest = cells.Select(text => text.Length).Append(header[column].Length).Max();
            columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Math.Clamp(longest + 2, MinWidth, MaxWidth), CustomWidth = true });
        }
        return columns;
    }

    private static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);
}
