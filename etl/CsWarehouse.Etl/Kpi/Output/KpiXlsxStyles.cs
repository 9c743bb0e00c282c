using DocumentFormat.OpenXml.Spreadsheet;

namespace CsWarehouse.Etl.Kpi.Output;

/// <summary>The workbook's cell styles: a bold header, and one number format per KPI unit.</summary>
internal static class KpiXlsxStyles
{
    public const uint Plain = 0, Header = 1, Rate = 2, Money = 3, Duration = 4, Count = 5, Number = 6;

    // Custom number formats start at id 164; the built-in ones below it differ by locale.
    private const uint RateFormat = 164, MoneyFormat = 165, DurationFormat = 166, CountFormat = 167, NumberFormat = 168;

    public static uint For(KpiUnit unit) => unit switch
    {
        KpiUnit.Rate => Rate,
        KpiUnit.Money => Money,
        KpiUnit.Seconds => Duration,
        KpiUnit.Count => Count,
        _ => Number,
    };

    public static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = RateFormat, FormatCode = "0.0%" },
            new NumberingFormat { NumberFormatId = MoneyFormat, FormatCode = "#,##0.00" },
            // Hours past 24 keep counting ([h]), so a two-day resolution reads 48:00, not 00:00.
            new NumberingFormat { NumberFormatId = DurationFormat, FormatCode = "[h]:mm" },
            new NumberingFormat { NumberFormatId = CountFormat, FormatCode = "#,##0" },
            new NumberingFormat { NumberFormatId = NumberFormat, FormatCode = "#,##0.00" }) { Count = 5 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            Formatted(RateFormat),
            Formatted(MoneyFormat),
            Formatted(DurationFormat),
            Formatted(CountFormat),
            Formatted(NumberFormat)) { Count = 7 });

    private static CellFormat Formatted(uint format) => new() { NumberFormatId = format, ApplyNumberFormat = true };
}
