using System.Text.Json;
using CsWarehouse.Cli;
using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CsWarehouse.Tests.Kpi;

/// <summary>The table, JSON and XLSX forms of the same report, and the options that are refused before anything runs.</summary>
[Collection(KpiCollection.Name)]
public sealed class KpiOutputFormatTests(KpiWarehouses warehouses)
{
    private KpiWarehouse Warehouse => warehouses.For(EngineKind.DuckDb);

    [Fact]
    public void Table_groups_the_codes_under_each_dashboard_with_a_column_per_month()
    {
        var lines = Warehouse.Kpi("--by", "month", "--format", "table").ReplaceLineEndings("\n").Split('\n');

        var headings = lines.Where(l => l.StartsWith("== ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["== Customer Service Team ==", "== Customer Satisfaction ==", "== Customer Support KPIs ==", "== Customer Retention =="], headings);
        var team = lines.SkipWhile(l => l != headings[0]).Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(["2026-01", "2026-02", "2026-03", "2026-04"], team[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["fcr_rate", "50.0%", "33.3%", "33.3%", "-"], team.Single(l => l.TrimStart().StartsWith("fcr_rate ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Json_has_one_object_per_row_with_numbers_and_null_for_unknown_values()
    {
        using var json = JsonDocument.Parse(Warehouse.Kpi("--by", "month", "--format", "json"));

        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(("month", "2026-01", "2026-04"), (json.RootElement.GetProperty("by").GetString(), json.RootElement.GetProperty("from").GetString(), json.RootElement.GetProperty("to").GetString()));
        Assert.Equal(4, rows.Count);
        Assert.Equal(0.5m, rows[0].GetProperty("fcr_rate").GetDecimal());
        Assert.Equal(JsonValueKind.Null, rows[3].GetProperty("fcr_rate").ValueKind);
        Assert.Equal(0, rows[3].GetProperty("tickets_created").GetInt32());
    }

    [Fact]
    public void Xlsx_has_one_sheet_per_dashboard_with_a_row_per_month_and_rates_as_fractions()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("cswh-kpi-").FullName, "kpi.xlsx");
        Warehouse.Kpi("--by", "month", "--format", "xlsx", "--out", file);

        using var workbook = SpreadsheetDocument.Open(file, false);
        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Customer Service Team", "Customer Satisfaction", "Customer Support KPIs", "Customer Retention"], sheets.Select(s => s.Name!.Value));
        var rows = ((WorksheetPart)part.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal("month", header[0]);
        Assert.Equal(5, rows.Count);
        var january = rows[1].Elements<Cell>().ToList();
        Assert.Equal("2026-01", january[0].InnerText);
        Assert.Equal("0.5", january[header.IndexOf("fcr_rate")].CellValue!.Text);
        Assert.Null(rows[4].Elements<Cell>().ElementAt(header.IndexOf("fcr_rate")).CellValue);
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    [Theory]
    [InlineData("--format xlsx", "--out")]
    [InlineData("--format pdf", "table, csv, json or xlsx")]
    [InlineData("--by week", "month, day, agent, channel, topic or total")]
    [InlineData("--from 2026-04 --to 2026-01", "after --to")]
    [InlineData("--from 2026/01", "YYYY-MM")]
    public void Kpi_refuses_a_bad_option_with_a_usage_error_that_says_how_to_fix_it(string options, string hint)
    {
        var error = new StringWriter();

        var exit = CliApp.Run(["kpi", "--db", "duckdb:/nonexistent/never-opened.duckdb", .. options.Split(' ')], new Terminal(TextWriter.Null, error, false));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(hint, error.ToString());
    }
}
