using System.Diagnostics;
using System.Text.RegularExpressions;
using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Cli.Commands;
using CsWarehouse.Etl.Nightly;
using CsWarehouse.Tests.Support;
using Cronos;

namespace CsWarehouse.Tests.Nightly;

/// <summary>The scheduling examples of docs/scheduling are the files tested here: they parse, and their cswh lines are valid.</summary>
public sealed partial class SchedulingExampleTests
{
    private static string Example(string name) => Path.Combine(RepositoryPaths.Root(), "docs", "scheduling", name);

    [Fact]
    public void The_crontab_example_has_a_schedule_cron_parses_and_a_known_time_zone()
    {
        var lines = File.ReadAllLines(Example("crontab")).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')).ToList();
        var zone = lines.Single(l => l.StartsWith("CRON_TZ=", StringComparison.Ordinal))["CRON_TZ=".Length..];
        Assert.NotNull(TimeZoneInfo.FindSystemTimeZoneById(zone));
        var job = lines.Single(l => !l.Contains('=', StringComparison.Ordinal) || char.IsDigit(l[0]));
        var fields = job.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var schedule = CronExpression.Parse(string.Join(' ', fields[..5]));
        var next = schedule.GetNextOccurrence(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(zone));
        Assert.Equal(new DateTime(2026, 3, 1, 18, 15, 0, DateTimeKind.Utc), next); // 01:15 on 2 March in UTC+7
        Assert.Contains(" >> ", job);
        Assert.Contains(" 2>> ", job);
        AssertValidRun(job);
    }

    [SkippableFact]
    public void The_systemd_service_and_timer_pass_systemd_analyze_verify()
    {
        var analyze = new[] { "/usr/bin/systemd-analyze", "/bin/systemd-analyze" }.FirstOrDefault(File.Exists);
        Skip.If(analyze is null || OperatingSystem.IsWindows(), "systemd-analyze is not installed on this machine, so the units cannot be verified here.");
        var folder = Directory.CreateTempSubdirectory("cswh-systemd-").FullName;
        try
        {
            // verify checks that ExecStart's program exists: point it at a stand-in, everything else as written.
            var stub = Path.Combine(folder, "cswh");
            File.WriteAllText(stub, "#!/bin/sh\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(stub, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            var service = File.ReadAllText(Example("cswh.service"));
            Assert.Contains("ExecStart=/opt/cswh/cswh ", service);
            File.WriteAllText(Path.Combine(folder, "cswh.service"), service.Replace("/opt/cswh/cswh", stub, StringComparison.Ordinal));
            File.Copy(Example("cswh.timer"), Path.Combine(folder, "cswh.timer"));

            var start = new ProcessStartInfo(analyze!, ["verify", "--man=no", Path.Combine(folder, "cswh.service"), Path.Combine(folder, "cswh.timer")])
            { RedirectStandardError = true, RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0 && errors.Trim().Length == 0, errors);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        AssertValidRun(File.ReadAllLines(Example("cswh.service")).Single(l => l.StartsWith("ExecStart=", StringComparison.Ordinal)));
        Assert.Contains("WorkingDirectory=", File.ReadAllText(Example("cswh.service")));
        Assert.Matches(@"OnCalendar=\*-\*-\* 01:15:00 Asia/Ho_Chi_Minh", File.ReadAllText(Example("cswh.timer")));
    }

    [Fact]
    public void The_windows_task_and_the_sql_agent_job_run_a_valid_cswh_command_in_its_folder()
    {
        var task = File.ReadAllText(Example("cswh-task.xml"));
        Assert.Contains("<WorkingDirectory>C:\\cswh</WorkingDirectory>", task);
        AssertValidRun(System.Net.WebUtility.HtmlDecode(ArgumentsElement().Match(task).Groups[1].Value));
        var job = File.ReadAllText(Example("sql-agent-job.sql"));
        Assert.Contains("cd /d C:\\cswh", job);
        AssertValidRun(job.Split('\n').Single(l => l.Contains("@command", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_example_configuration_matches_the_schema_and_reads_into_a_plan()
    {
        Assert.Empty(NightlyConfigFile.Validate(File.ReadAllText(Example("nightly.json"))));
        var config = NightlyConfigFile.Read(Example("nightly.json"));
        Assert.Equal("CSWH_POWERBI_SECRET", config.PowerBi!.Auth.SecretEnv);
        Assert.Single(config.PowerBi.Models);
        Assert.Equal("/srv/powerbi/cswh", config.Export.Folder);
    }

    [Fact]
    public void The_readme_links_the_scheduling_guide_and_it_lists_every_run_exit_code()
    {
        Assert.Contains("docs/scheduling.md", File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "README.md")));
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "docs", "scheduling.md"));
        foreach (var code in typeof(ExitCodes).GetFields().Select(f => (int)f.GetValue(null)!))
            Assert.Contains($"| {code} |", guide);
    }

    /// <summary>The "run ..." part of a scheduler's command line is accepted by cswh's own parser.</summary>
    private static void AssertValidRun(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var run = Array.IndexOf(words, "run");
        Assert.True(run > 0, $"no 'cswh run' in: {line}");
        var args = words.Skip(run + 1).TakeWhile(w => !w.StartsWith('>') && !w.StartsWith("2>", StringComparison.Ordinal))
            .Select(w => w.TrimEnd('\'', ',', ';')).ToList();
        var options = CommandLineParser.Parse(new RunCommand(), args);
        Assert.True(options.Has("--config") && options.Has("--json") && options.Has("--wait"), line);
    }

    [GeneratedRegex("<Arguments>(.*)</Arguments>")]
    private static partial Regex ArgumentsElement();
}
