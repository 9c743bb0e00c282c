using System.Runtime.InteropServices;
using System.Text;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Loading;
using CsWarehouse.Etl.Reading;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Loading;

/// <summary>A source file that changes while the run reads it, or is not a regular file, fails the run and changes nothing.</summary>
public abstract class InputFileChecks
{
    protected abstract EngineKind Engine { get; }

    private const string Tickets = """
        ticket_id,created_at,channel
        T1,2026-03-01T09:00:00Z,email
        T2,2026-03-01T09:30:00Z,chat
        """;

    [SkippableFact]
    public void A_file_truncated_while_it_is_read_fails_the_run_and_the_warehouse_is_unchanged()
    {
        using var warehouse = Baseline(out var before);
        using var folder = new ExportFolder().With("calls.csv", ManyCalls(40_000));
        var calls = Path.Combine(folder.Path, "calls.csv");
        // The reader reports progress every 16,384 rows: the first report cuts the file to half its size.
        var cut = false;
        var log = new OnProgress((file, done) =>
        {
            if (file != "calls.csv" || done || cut) return;
            using (var stream = new FileStream(calls, FileMode.Open, FileAccess.Write)) stream.SetLength(stream.Length / 2);
            cut = true;
        });

        var error = Assert.Throws<FileLevelException>(() => Load(warehouse, folder.Path, log));

        Assert.Equal("calls.csv", error.File);
        Assert.Contains("changed while the run was reading it", error.Message);
        AssertUnchangedButForTheFailedRun(warehouse, before);
    }

    [SkippableFact]
    public void A_file_rewritten_after_it_was_read_with_its_size_and_time_kept_fails_before_commit()
    {
        using var warehouse = Baseline(out var before);
        using var folder = new ExportFolder().With("tickets.csv", Tickets.Replace("T2", "T3")).With("calls.csv", ManyCalls(10));
        var tickets = Path.Combine(folder.Path, "tickets.csv");
        var log = new OnProgress((file, done) =>
        {
            if (file != "calls.csv" || !done) return;
            // Same size, same modification time, other content: only the hash tells.
            var written = File.GetLastWriteTimeUtc(tickets);
            File.WriteAllText(tickets, Tickets.Replace("T2", "T4").ReplaceLineEndings("\n"), new UTF8Encoding(false));
            File.SetLastWriteTimeUtc(tickets, written);
        });

        var error = Assert.Throws<FileLevelException>(() => Load(warehouse, folder.Path, log));

        Assert.Equal("tickets.csv", error.File);
        Assert.Contains("no longer matches what was read", error.Message);
        AssertUnchangedButForTheFailedRun(warehouse, before);
    }

    [SkippableFact]
    public void A_fifo_named_like_an_export_is_refused_without_waiting_for_a_writer()
    {
        Skip.If(OperatingSystem.IsWindows(), "named pipes in a folder are a Unix feature");
        using var warehouse = Baseline(out var before);
        using var folder = new ExportFolder().With("tickets.csv", Tickets);
        var fifo = Path.Combine(folder.Path, "calls.csv");
        Assert.Equal(0, MakeFifo(fifo, Convert.ToUInt32("644", 8)));

        var load = Task.Run(() => Load(warehouse, folder.Path, SilentRunLog.Instance));
        var finished = Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(60))).Result == load;
        if (!finished)
            using (File.OpenWrite(fifo)) { } // let the stuck reader go before failing
        Assert.True(finished, "the load waited on the FIFO");

        var error = Assert.IsType<FileLevelException>(load.Exception?.InnerException);
        Assert.Equal("calls.csv", error.File);
        Assert.Contains("not a regular file", error.Message);
        AssertUnchangedButForTheFailedRun(warehouse, before);
    }

    [SkippableFact]
    public void An_export_reached_through_a_symbolic_link_loads_and_is_recorded_with_its_targets_size()
    {
        using var warehouse = Baseline(out _);
        using var elsewhere = new ExportFolder().With("calls-2026-03-01.csv", ManyCalls(50));
        using var folder = new ExportFolder();
        var target = Path.Combine(elsewhere.Path, "calls-2026-03-01.csv");
        // A relative target, as `ln -s ../exports/...` writes it: resolved from the link's folder, not the working one.
        LinkOrSkip(Path.Combine(folder.Path, "calls.csv"), Path.GetRelativePath(folder.Path, target));

        var outcome = Load(warehouse, folder.Path, SilentRunLog.Instance);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(50, Assert.Single(outcome.Files).RowsLoaded);
        Assert.Equal(50L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_call"));
        Assert.Equal(new FileInfo(target).Length, WarehouseSnapshot.Scalar<long>(warehouse.Target,
            $"select size_bytes from etl.load_file where run_id = {outcome.RunId} and file_name = 'calls.csv'"));
    }

    [SkippableFact]
    public void A_symbolic_link_to_a_missing_file_fails_the_run_saying_so()
    {
        using var warehouse = Baseline(out var before);
        using var folder = new ExportFolder();
        var missing = Path.Combine(folder.Path, "gone", "calls.csv");
        LinkOrSkip(Path.Combine(folder.Path, "calls.csv"), missing);

        var error = Assert.Throws<FileLevelException>(() => Load(warehouse, folder.Path, SilentRunLog.Instance));

        Assert.Equal("calls.csv", error.File);
        Assert.Contains($"symbolic link to {missing}, which does not exist", error.Message);
        AssertUnchangedButForTheFailedRun(warehouse, before);
    }

    [SkippableFact]
    public void A_symbolic_link_beside_the_file_it_points_to_fails_the_run_naming_both()
    {
        using var warehouse = Baseline(out var before);
        using var folder = new ExportFolder().With("calls.csv", ManyCalls(5));
        LinkOrSkip(Path.Combine(folder.Path, "calls_latest.csv"), "calls.csv");

        var error = Assert.Throws<FileLevelException>(() => Load(warehouse, folder.Path, SilentRunLog.Instance));

        Assert.Equal("calls_latest.csv", error.File);
        Assert.Contains("is the same file as calls.csv", error.Message);
        AssertUnchangedButForTheFailedRun(warehouse, before);
    }

    [SkippableFact]
    public void A_symbolic_link_that_loops_fails_the_run_as_a_file_problem()
    {
        using var warehouse = Baseline(out var before);
        using var folder = new ExportFolder();
        LinkOrSkip(Path.Combine(folder.Path, "calls.csv"), "tickets.csv");
        LinkOrSkip(Path.Combine(folder.Path, "tickets.csv"), "calls.csv");

        var error = Assert.Throws<FileLevelException>(() => Load(warehouse, folder.Path, SilentRunLog.Instance));

        Assert.Equal("calls.csv", error.File);
        Assert.Contains("symbolic link that cannot be followed", error.Message);
        AssertUnchangedButForTheFailedRun(warehouse, before);
    }

    /// <summary>Makes a symbolic link; skips only where Windows refuses one to an account without the privilege.</summary>
    private static void LinkOrSkip(string link, string target)
    {
        try { File.CreateSymbolicLink(link, target); }
        catch (Exception e) when (OperatingSystem.IsWindows() && e is UnauthorizedAccessException or IOException)
        {
            Skip.If(true, $"this account may not create symbolic links: {e.Message}");
        }
    }

    [DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int MakeFifo(string path, uint mode);

    /// <summary>A warehouse with two tickets loaded, and its content.</summary>
    private TestWarehouse Baseline(out string snapshot)
    {
        var warehouse = TestWarehouse.CreateLoaded(Engine, new LoadSettings(), ("tickets.csv", Tickets));
        snapshot = Snapshot(warehouse);
        return warehouse;
    }

    private static string Snapshot(TestWarehouse warehouse) => WarehouseSnapshot.Content(warehouse.Target, "dw");

    /// <summary>Every fact and dimension as before; the run log holds the failed run, as it holds every run's outcome.</summary>
    private static void AssertUnchangedButForTheFailedRun(TestWarehouse warehouse, string before)
    {
        Assert.Equal(before, Snapshot(warehouse));
        Assert.Equal("failed", WarehouseSnapshot.Scalar<string>(warehouse.Target, "select status from etl.load_run order by run_id desc limit 1"));
    }

    private static LoadOutcome Load(TestWarehouse warehouse, string folder, IRunLog log)
    {
        using var engine = warehouse.Open();
        return new LoadRunner(engine, log).Run(new LoadRequest(folder, new LoadSettings()));
    }

    private static string ManyCalls(int count)
    {
        var csv = new StringBuilder("call_id,started_at,answered_at,ended_at,direction,agent_id\n");
        var start = new DateTime(2026, 3, 1, 8, 0, 0);
        for (var i = 0; i < count; i++)
        {
            var at = start.AddSeconds(i * 7);
            csv.Append($"K{i},{at:yyyy-MM-ddTHH:mm:ss}Z,{at.AddSeconds(12):yyyy-MM-ddTHH:mm:ss}Z,{at.AddSeconds(200):yyyy-MM-ddTHH:mm:ss}Z,inbound,A{i % 20}\n");
        }
        return csv.ToString();
    }

    /// <summary>A run log that calls back on each progress report, to act on the files while the run reads them.</summary>
    private sealed class OnProgress(Action<string, bool> onProgress) : IRunLog
    {
        public void Info(string message) { }
        public void Warn(string message) { }
        public void Error(string message) { }
        public void Progress(string file, long bytesRead, long bytesTotal, long rows, bool done) => onProgress(file, done);
    }
}

public sealed class DuckDbInputFileChecks : InputFileChecks
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresInputFileChecks : InputFileChecks
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
