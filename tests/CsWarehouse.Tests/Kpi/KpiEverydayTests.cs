using System.Globalization;
using System.Text.Json;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CsWarehouse.Tests.Kpi;

/// <summary>What a user meets first in <c>cswh kpi</c>: exact numbers for machines, the whole data range, honest blanks.</summary>
[Collection(KpiCollection.Name)]
public sealed class KpiEverydayTests(KpiWarehouses warehouses)
{
    private KpiWarehouse Warehouse => warehouses.For(EngineKind.DuckDb);

    [Fact]
    public void Csv_and_json_carry_every_digit_while_the_workbook_keeps_display_rounding()
    {
        // February: T06 of T03, T05, T06 resolved on first contact... 1 of 3 (T03 reopened, T06 took 3 contacts, T05 counts).
        var third = (1m / 3m).ToString("0.############################", CultureInfo.InvariantCulture);

        Assert.Equal(third, Warehouse.Csv("month").Row("2026-02")["fcr_rate"]);
        using var json = JsonDocument.Parse(Warehouse.Kpi("--by", "month", "--format", "json"));
        Assert.Equal(1m / 3m, json.RootElement.GetProperty("rows")[1].GetProperty("fcr_rate").GetDecimal());

        var file = Path.Combine(Directory.CreateTempSubdirectory("cswh-kpi-").FullName, "kpi.xlsx");
        Warehouse.Kpi("--by", "month", "--format", "xlsx", "--out", file);
        using (var workbook = SpreadsheetDocument.Open(file, false))
        {
            var part = workbook.WorkbookPart!;
            var sheet = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().First().Id!);
            var rows = sheet.Worksheet.Descendants<Row>().ToList();
            var column = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList().IndexOf("fcr_rate");
            Assert.Equal("0.333333", rows[2].Elements<Cell>().ElementAt(column).CellValue!.Text);
        }
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    [Fact]
    public void A_call_with_no_agent_counts_in_neither_term_of_calls_per_hour()
    {
        var march = Warehouse.Csv("month").Row("2026-03");

        // C08 is A2's one answered call, in A2's one hour at work that day (no shift row). C09 and C10 were answered
        // too, by nobody named: they count as answered calls, but add neither calls nor an hour to calls_per_hour.
        Assert.Equal("3", march["calls_answered"]);
        Assert.Equal("1", march["calls_per_hour"]);
    }

    [Fact]
    public void The_default_range_starts_with_the_first_month_of_any_data_mrr_history_included()
    {
        using var run = CswhProcess.Run(["kpi", "--db", Warehouse.Warehouse.DbArgument, "--format", "csv"]);
        var report = KpiReport.Parse(run.StandardOutput);

        // SUB1 started 2025-01-10, a year before the first ticket; the last activity is March's calls and tickets.
        var months = report.Rows.Select(r => r.Label).ToList();
        Assert.Equal("2025-01", months[0]);
        Assert.Equal("2026-03", months[^1]);
        Assert.Equal(15, months.Count);
        Assert.Equal("100", report.Row("2025-01")["mrr"]);
    }

    [Fact]
    public void By_topic_includes_the_calls_of_each_topic()
    {
        var topics = Warehouse.Csv("topic");

        Assert.Equal("2", topics.Row("Billing")["calls_offered"]); // C01 and C09
        Assert.Equal("1", topics.Row("Outage")["calls_offered"]); // C05: a topic only calls had
        Assert.Equal("0", topics.Row("Outage")["tickets_by_topic"]);
        Assert.DoesNotContain("calls_per_hour", topics.Codes); // hours at work are an agent's, not a topic's
    }

    [Fact]
    public void Rating_responses_stand_next_to_rating_avg()
    {
        var report = Warehouse.Csv("month");

        Assert.Equal(report.Codes.ToList().IndexOf("rating_avg") - 1, report.Codes.ToList().IndexOf("rating_responses"));
    }

    [Fact]
    public void A_calls_only_warehouse_leaves_the_ticket_measures_empty_not_zero()
    {
        using var warehouse = TestWarehouse.CreateLoaded(EngineKind.DuckDb, new LoadSettings { AsOf = new DateOnly(2026, 3, 31) },
            ("calls.csv", "call_id,started_at,answered_at,agent_id\nC1,2026-03-02T09:00:00Z,2026-03-02T09:00:20Z,A1\n"));
        using var run = CswhProcess.Run(["kpi", "--db", warehouse.DbArgument, "--format", "csv"]);

        var march = KpiReport.Parse(run.StandardOutput).Row("2026-03");
        Assert.Equal("1", march["calls_offered"]);
        Assert.Equal("", march["tickets_created"]);
        Assert.Equal("", march["requests_per_day"]);
        Assert.Equal("", march["unresolved"]);
    }

    [Fact]
    public void Csv_with_bom_starts_with_the_utf8_byte_order_mark_and_keeps_the_names()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("cswh-kpi-").FullName, "agents.csv");
        Warehouse.Kpi("--by", "agent", "--format", "csv", "--bom", "--out", file);

        var bytes = File.ReadAllBytes(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("Nguyễn Văn An", System.Text.Encoding.UTF8.GetString(bytes[3..]));
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    [Fact]
    public void Xlsx_formats_each_unit_freezes_the_header_and_sizes_columns()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("cswh-kpi-").FullName, "kpi.xlsx");
        Warehouse.Kpi("--by", "month", "--format", "xlsx", "--out", file);
        using var workbook = SpreadsheetDocument.Open(file, false);
        var part = workbook.WorkbookPart!;
        var formats = part.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        var cellFormats = part.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        string FormatOf(Cell cell) => formats.GetValueOrDefault(cellFormats[(int)cell.StyleIndex!.Value].NumberFormatId?.Value ?? 0) ?? "General";

        var team = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var rows = team.Worksheet.Descendants<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        var january = rows[1].Elements<Cell>().ToList();
        Assert.Equal("#,##0", FormatOf(january[header.IndexOf("tickets_created")]));
        Assert.Equal("0.0%", FormatOf(january[header.IndexOf("fcr_rate")]));
        var resolution = january[header.IndexOf("avg_resolution_seconds")];
        Assert.Equal("[h]:mm", FormatOf(resolution));
        var expectedSeconds = KpiExpected.Value("avg_resolution_seconds", KpiScope.Of("month", "2026-01", new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 30)))!.Value;
        Assert.Equal((double)expectedSeconds / 86400, double.Parse(resolution.CellValue!.Text, CultureInfo.InvariantCulture), 9);

        var pane = team.Worksheet.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, 1d, "A2"), (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
        var widths = team.Worksheet.Descendants<Column>().ToList();
        Assert.Equal(header.Count, widths.Count);
        Assert.True(widths[header.IndexOf("avg_first_response_seconds")].Width!.Value >= "avg_first_response_seconds".Length);

        var support = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().ElementAt(2).Id!);
        var supportRows = support.Worksheet.Descendants<Row>().ToList();
        var supportHeader = supportRows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal("#,##0.00", FormatOf(supportRows[1].Elements<Cell>().ElementAt(supportHeader.IndexOf("support_cost"))));
        workbook.Dispose();
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }
}
