using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;

namespace CsWarehouse.Tests.Cli;

/// <summary>People at a terminal see progress per file; schedulers get plain timestamped lines.</summary>
public sealed class ConsoleRunLogTests
{
    [Fact]
    public void An_interactive_run_shows_a_progress_line_per_file()
    {
        var error = new StringWriter();
        var log = new ConsoleRunLog(new Terminal(TextWriter.Null, error, Interactive: true), Redactor.None);

        log.Progress("tickets.csv", 50, 100, 1234, done: false);
        log.Info("tickets.csv: 2000 read");

        var text = error.ToString();
        Assert.Contains("\r  tickets.csv", text);
        Assert.Contains("50.0%", text);
        Assert.Contains("1,234 rows", text);
        Assert.DoesNotContain(" info ", text);
    }

    [Fact]
    public void A_run_without_a_terminal_prints_plain_log_lines_and_no_progress()
    {
        var error = new StringWriter();
        var log = new ConsoleRunLog(new Terminal(TextWriter.Null, error, Interactive: false), Redactor.None);

        log.Progress("tickets.csv", 50, 100, 1234, done: false);
        log.Info("tickets.csv: 2000 read");
        log.Warn("agents.csv: column 'x' ignored");

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain("\r", error.ToString());
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ info tickets\.csv: 2000 read$", lines[0]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ warn agents\.csv", lines[1]);
    }

    [Fact]
    public void DuckDbs_own_memory_advice_is_replaced_by_the_projects_setting()
    {
        var error = new StringWriter();
        var log = new ConsoleRunLog(new Terminal(TextWriter.Null, error, Interactive: false), Redactor.None);

        log.Error("Script block number: 0; Message: could not allocate block of size 256.0 KiB\n\nPossible solutions:\n" +
                  "* Reducing the number of threads (SET threads=X)\n* Increasing the memory limit (SET memory_limit='...GB')\n\nSee also https://duckdb.org");

        Assert.Contains("could not allocate block of size 256.0 KiB (raise CSWH_DUCKDB_MEMORY_LIMIT", error.ToString());
        Assert.DoesNotContain("SET memory_limit", error.ToString());
    }

    [Fact]
    public void Log_lines_hide_the_secrets_they_are_given()
    {
        var error = new StringWriter();
        var log = new ConsoleRunLog(new Terminal(TextWriter.Null, error, Interactive: false), new Redactor(["hunter2"]));

        log.Error("could not connect with Password=hunter2");

        Assert.DoesNotContain("hunter2", error.ToString());
        Assert.Contains("Password=***", error.ToString());
    }
}
