using System.Text.RegularExpressions;
using CsWarehouse.Etl.Kpi;
using CsWarehouse.Etl.PowerBi;

namespace CsWarehouse.Tests.PowerBi;

/// <summary>Everything the model's measures and the report's visuals name exists in the model; every KPI code has its measure.</summary>
public sealed partial class ModelReferenceTests
{
    private static readonly string[] HeadlineMeasures =
        ["tickets_created", "fcr_rate", "avg_first_response_seconds", "avg_resolution_seconds", "nps", "csat_rate", "mrr", "revenue", "cost_per_ticket"];

    [Fact]
    public void Every_KPI_code_has_a_measure_named_after_it_with_its_definition_as_description()
    {
        var measures = PowerBiModel.Measures(PowerBiModel.Load()).ToDictionary(m => PowerBiModel.Name(m.Measure), m => m.Measure);

        Assert.Empty(KpiCodes.All.Except(measures.Keys));
        foreach (var code in KpiCodes.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(measures[code]["description"]?.GetValue<string>()), $"{code} has no description");
            Assert.NotNull(measures[code]["formatString"]);
        }
    }

    [Fact]
    public void Measures_divide_with_DIVIDE_so_an_empty_denominator_gives_blank()
    {
        var slashes = PowerBiModel.Measures(PowerBiModel.Load())
            .Where(m => PowerBiModel.Text(m.Measure["expression"]).Contains('/'))
            .Select(m => PowerBiModel.Name(m.Measure));
        Assert.Empty(slashes);
    }

    [Fact]
    public void Headline_measures_have_previous_period_and_same_period_last_year_variants()
    {
        var names = PowerBiModel.Measures(PowerBiModel.Load()).Select(m => PowerBiModel.Name(m.Measure)).ToHashSet();
        foreach (var code in HeadlineMeasures)
        {
            Assert.Contains(code + " previous period", names);
            Assert.Contains(code + " same period last year", names);
        }
    }

    [Fact]
    public void Every_column_and_measure_a_measure_names_exists()
    {
        var model = PowerBiModel.Load();
        var tables = PowerBiModel.Tables(model).Select(PowerBiModel.Name).ToHashSet();
        var columns = PowerBiModel.Columns(model).Select(c => (c.Table, c.Column)).ToHashSet();
        var measures = PowerBiModel.Measures(model).ToDictionary(m => PowerBiModel.Name(m.Measure), m => m.Table);
        var missing = new List<string>();
        foreach (var (table, measure) in PowerBiModel.Measures(model))
        {
            var dax = StringLiteral().Replace(PowerBiModel.Text(measure["expression"]), "\"\"");
            foreach (Match reference in Reference().Matches(dax))
            {
                var (owner, name) = (reference.Groups["quoted"].Success ? reference.Groups["quoted"].Value : reference.Groups["bare"].Value, reference.Groups["name"].Value);
                var found = owner.Length == 0
                    ? measures.ContainsKey(name)
                    : columns.Contains((owner, name)) || measures.GetValueOrDefault(name) == owner;
                if (!found) missing.Add($"{table}[{PowerBiModel.Name(measure)}] names {reference.Value}");
            }
            foreach (Match quoted in QuotedTable().Matches(dax))
                if (!tables.Contains(quoted.Groups[1].Value)) missing.Add($"{table}[{PowerBiModel.Name(measure)}] names table {quoted.Value}");
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_field_a_visual_projects_exists_in_the_model()
    {
        var model = PowerBiModel.Load();
        var columns = PowerBiModel.Columns(model).Select(c => (c.Table, c.Column)).ToHashSet();
        var measures = PowerBiModel.Measures(model).Select(m => (m.Table, PowerBiModel.Name(m.Measure))).ToHashSet();
        var missing = new List<string>();
        var pages = ReportPages.Read(PowerBiModel.Project);
        foreach (var page in pages)
        foreach (var visual in page.Visuals)
        foreach (var (_, state) in visual["visual"]!["query"]!["queryState"]!.AsObject())
        foreach (var projection in state!["projections"]!.AsArray())
        {
            var field = VisualField.From(projection!["field"]!.AsObject());
            var exists = field.Kind == "Measure" ? measures.Contains((field.Entity, field.Property)) : columns.Contains((field.Entity, field.Property));
            if (!exists) missing.Add($"{page.Name}/{PowerBiModel.Name(visual)}: {field}");
        }
        Assert.Empty(missing);
        Assert.Equal(
            ["Customer Service Team", "Customer Satisfaction", "Customer Support KPIs", "Customer Retention", "Data Health"],
            pages.Select(p => p.DisplayName));
    }

    [Fact]
    public void Relationships_join_existing_columns_and_reach_date_agent_channel_customer_plan_and_topic()
    {
        var model = PowerBiModel.Load();
        var columns = PowerBiModel.Columns(model).Select(c => (c.Table, c.Column)).ToHashSet();
        var relationships = model["model"]!["relationships"]!.AsArray().Select(r => (
            From: (r!["fromTable"]!.GetValue<string>(), r["fromColumn"]!.GetValue<string>()),
            To: (r["toTable"]!.GetValue<string>(), r["toColumn"]!.GetValue<string>()))).ToList();

        var broken = relationships.Where(r => !columns.Contains(r.From) || !columns.Contains(r.To)).Select(r => $"{r.From} -> {r.To}");
        Assert.Empty(broken.ToList());
        foreach (var dimension in new[] { "Date", "Agent", "Channel", "Customer", "Plan", "Topic" })
            Assert.Contains(relationships, r => r.To.Item1 == dimension);
    }

    [Fact]
    public void There_is_one_date_table_marked_as_such_and_auto_date_time_is_off()
    {
        var model = PowerBiModel.Load();
        var dateTables = PowerBiModel.Tables(model).Where(t => t["dataCategory"]?.GetValue<string>() == "Time").ToList();

        var date = Assert.Single(dateTables);
        Assert.Contains(date["columns"]!.AsArray(), c => c!["isKey"]?.GetValue<bool>() == true && c["dataType"]!.GetValue<string>() == "dateTime");
        Assert.Contains(model["model"]!["annotations"]!.AsArray(),
            a => PowerBiModel.Name(a!) == "__PBI_TimeIntelligenceEnabled" && a!["value"]!.GetValue<string>() == "0");
        Assert.All(PowerBiModel.Tables(model), t => Assert.Single(t["partitions"]!.AsArray()));
    }

    [Fact]
    public void The_connection_is_four_parameters_and_every_table_switches_on_Engine()
    {
        var model = PowerBiModel.Load();
        var parameters = model["model"]!["expressions"]!.AsArray().Select(e => PowerBiModel.Name(e!)).ToList();

        Assert.Equal(["Engine", "Server", "Database", "Folder"], parameters);
        foreach (var (name, expression) in PowerBiModel.MExpressions(model).Where(e => e.Name.StartsWith("table ", StringComparison.Ordinal)))
        {
            foreach (var part in new[] { "Sql.Database(Server, Database)", "PostgreSQL.Database(Server, Database)", "Parquet.Document(File.Contents(Folder & \"/" })
                Assert.True(expression.Contains(part, StringComparison.Ordinal), $"{name} lacks {part}");
        }
    }

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?:'(?<quoted>[^']+)'|(?<bare>[A-Za-z_][A-Za-z0-9_]*))?\[(?<name>[^\]]+)\]")]
    private static partial Regex Reference();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedTable();
}
