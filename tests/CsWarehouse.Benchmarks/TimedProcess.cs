using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CsWarehouse.Benchmarks;

/// <summary>Runs cswh as a child process under /usr/bin/time -v: wall time and peak resident memory.</summary>
public sealed partial record TimedRun(double Seconds, long PeakKilobytes, int ExitCode, string Output)
{
    /// <summary>User plus system CPU seconds of the child, steadier than wall time on a busy machine.</summary>
    public double CpuSeconds => CpuPattern().Matches(Output).Sum(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    public static TimedRun Cswh(params string[] args)
    {
        var cswh = Path.Combine(AppContext.BaseDirectory, "cswh.dll");
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-v", "dotnet", cswh }.Concat(args)) start.ArgumentList.Add(arg);
        start.Environment["CI"] = "1"; // plain log lines, no progress redraws
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        var peak = PeakPattern().Match(stderr) is { Success: true } m ? long.Parse(m.Groups[1].Value) : -1;
        return new TimedRun(watch.Elapsed.TotalSeconds, peak, process.ExitCode, stdout.Result + stderr);
    }

    [GeneratedRegex(@"(?:User|System) time \(seconds\): ([0-9.]+)")]
    private static partial Regex CpuPattern();

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex PeakPattern();
}
