using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Cli.Commands;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Cli;

/// <summary>How <c>cswh load</c>'s options become the run's settings.</summary>
public sealed class LoadSettingsOptionsTests
{
    private static LoadSettings Settings(params (string Name, string? Value)[] options) =>
        LoadCommand.Settings(new ParsedOptions(options.ToDictionary(o => o.Name, o => o.Value)));

    [Fact]
    public void A_lone_source_tz_also_sets_the_reporting_time_zone()
    {
        var settings = Settings(("--source-tz", "Asia/Ho_Chi_Minh"));

        Assert.Equal("Asia/Ho_Chi_Minh", settings.SourceTimeZone.Id);
        Assert.Equal("Asia/Ho_Chi_Minh", settings.ReportingTimeZone.Id);
    }

    [Fact]
    public void An_explicit_reporting_tz_wins_over_the_source_tz()
    {
        var settings = Settings(("--source-tz", "Asia/Ho_Chi_Minh"), ("--reporting-tz", "Europe/Paris"));

        Assert.Equal(("Asia/Ho_Chi_Minh", "Europe/Paris"), (settings.SourceTimeZone.Id, settings.ReportingTimeZone.Id));
    }

    [Fact]
    public void Encoding_clock_skew_and_years_are_read_from_their_options()
    {
        var settings = Settings(("--encoding", "windows-1252"), ("--clock-skew", "90"), ("--years", "1990-2060"));

        Assert.Equal(1252, settings.Encoding!.CodePage);
        Assert.Equal(TimeSpan.FromSeconds(90), settings.ClockSkew);
        Assert.Equal(new YearWindow(1990, 2060), settings.Years);
        Assert.Equal((null, TimeSpan.FromSeconds(60), YearWindow.Default), (Settings().Encoding, Settings().ClockSkew, Settings().Years));
    }

    [Theory]
    [InlineData("--encoding", "klingon-9")]
    [InlineData("--clock-skew", "-5")]
    [InlineData("--years", "2100-1970")]
    public void A_wrong_value_is_a_usage_error_naming_the_option(string option, string value)
    {
        var error = Assert.Throws<ConfigurationException>(() => Settings((option, value)));
        Assert.Contains(option, error.Message);
    }

    [Fact]
    public void A_load_given_only_a_source_tz_keys_its_days_and_hours_in_that_zone()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        // 06:30 in Ho Chi Minh City is 23:30 the day before in UTC.
        using var folder = new ExportFolder().With("tickets.csv", "ticket_id,created_at,channel\nT1,2026-03-02T06:30:00,email\n");
        using var run = CswhProcess.Run(["load", "--source", folder.Path, "--db", warehouse.DbArgument, "--source-tz", "Asia/Ho_Chi_Minh"]);

        Assert.True(run.ExitCode == 0, run.StandardError);
        var row = Assert.Single(WarehouseSnapshot.Query(warehouse.Target,
            "select created_date_key, created_hour from dw.fact_ticket"));
        Assert.Equal((20260302, 6), (Convert.ToInt32(row["created_date_key"]), Convert.ToInt32(row["created_hour"])));
        Assert.Equal("Asia/Ho_Chi_Minh", WarehouseSnapshot.Scalar<string>(warehouse.Target, "select reporting_time_zone from etl.load_run"));
    }
}
