using System.Text.RegularExpressions;
using CsWarehouse.Etl.Kpi;
using CsWarehouse.Etl.Migrations;
using CsWarehouse.Tests.Portability;

namespace CsWarehouse.Tests.Kpi;

/// <summary>Every KPI code is computed, shown on a dashboard and has a unit; every view file is one portable CREATE VIEW.</summary>
public sealed partial class KpiCatalogTests
{
    public static TheoryData<string> Codes() => new(KpiCodes.All);

    public static TheoryData<string> ViewFiles() => new(WarehouseScripts.In("4_kpi").Select(s => s.Path));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_one_formula_and_is_reported_for_some_slice_and_shown_on_a_dashboard(string code)
    {
        var formulas = KpiFormulas.All.Where(f => f.Code == code).ToList();

        Assert.NotEmpty(formulas);
        // Several formulas for one code (the call codes read calls_topic_daily per topic) never serve the same slice.
        Assert.All(Enum.GetValues<KpiSlice>(), slice => Assert.True(formulas.Count(f => f.Serves(slice)) <= 1, $"{code} by {slice}"));
        Assert.Contains(Enum.GetValues<KpiSlice>(), slice => formulas.Any(f => f.Serves(slice)));
        Assert.Contains(KpiDashboard.All, d => d.Codes.Contains(code));
    }

    [Fact]
    public void Formulas_dashboards_and_headlines_name_only_codes_of_the_dictionary()
    {
        Assert.All(KpiFormulas.All, f => Assert.Contains(f.Code, KpiCodes.Reported));
        Assert.All(KpiDashboard.All.SelectMany(d => d.Codes.Concat(d.Headline)), c => Assert.Contains(c, KpiCodes.Reported));
    }

    [Fact]
    public void The_monthly_company_wide_report_has_every_code_but_the_per_topic_and_per_channel_ones()
    {
        var monthly = KpiFormulas.All.Where(f => f.Serves(KpiSlice.Month)).Select(f => f.Code);

        Assert.Equal(KpiCodes.Reported.Except(["tickets_by_topic", "topic_rank", "channel_share"]).Order(), monthly.Order());
    }

    [Theory]
    [MemberData(nameof(ViewFiles))]
    public void A_view_file_opens_with_its_grain_and_holds_one_create_view_named_after_the_file_reading_no_staging(string path)
    {
        var script = WarehouseScripts.All.Single(s => s.Path == path);
        var text = script.Text.ReplaceLineEndings("\n");

        Assert.StartsWith("-- One row per", text);
        var view = Assert.Single(CreateView().Matches(text));
        Assert.Equal(Regex.Replace(script.FileName, @"^\d+_|\.sql$", ""), view.Groups[1].Value);
        Assert.Equal(1, PortableSql.Strip(text).Count(c => c == ';'));
        Assert.DoesNotContain("stg.", text);
        Assert.True(text.Split('\n').Length <= 80, $"{path} has more than 80 lines: split the view");
    }

    [GeneratedRegex(@"\bcreate\s+view\s+kpi\.(\w+)\s+as\b", RegexOptions.IgnoreCase)]
    private static partial Regex CreateView();
}
