using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CsWarehouse.Benchmarks;

/// <summary>Runs cswh as a child process under /usr/bin/time -v: wall time and peak resident memory.</summary>
public sealed partial record TimedRun(double Seconds, long PeakKilobytes, int ExitCode, string Output)
{
    /// <summary>
    /// The cswh a scheduler runs: published once per benchmark as the CLI project publishes it (self-contained, compiled
    /// ahead of time with the runtime in one ReadyToRun image), so a small load is not timed compiling the code it runs once.
    /// </summary>
    private static string? _published;

    /// <summary>Publishes cswh into <paramref name="folder"/>, once, before any run is timed.</summary>
    public static void PublishCswh(string folder) => _published = Publish(folder);

    /// <summary>User plus system CPU seconds of the child, steadier than wall time on a busy machine.</summary>
    public double CpuSeconds => CpuPattern().Matches(Output).Sum(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    public static TimedRun Cswh(params string[] args)
    {
        var cswh = _published ?? throw new InvalidOperationException("PublishCswh first.");
        var watch = Stopwatch.StartNew();
        var (exitCode, stdout, stderr) = Run("/usr/bin/time", ["-v", cswh, .. args]);
        watch.Stop();
        var peak = PeakPattern().Match(stderr) is { Success: true } m ? long.Parse(m.Groups[1].Value) : -1;
        return new TimedRun(watch.Elapsed.TotalSeconds, peak, exitCode, stdout + stderr);
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["CI"] = "1"; // plain log lines, no progress redraws
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    private static string Publish(string output)
    {
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "CsWarehouse.sln"))) repository = repository.Parent;
        if (repository is null) throw new InvalidOperationException("The benchmark runs from a build inside the repository.");
        var watch = Stopwatch.StartNew();
        var (exitCode, stdout, stderr) = Run("dotnet",
            ["publish", Path.Combine(repository.FullName, "etl", "CsWarehouse.Cli"), "-c", "Release", "-o", output, "--nologo", "-v", "quiet"]);
        if (exitCode != 0) throw new InvalidOperationException($"dotnet publish of cswh failed:\n{stdout}{stderr}");
        Console.WriteLine($"cswh published (self-contained, ReadyToRun) to {output} in {watch.Elapsed.TotalSeconds:0} s");
        return Path.Combine(output, OperatingSystem.IsWindows() ? "cswh.exe" : "cswh");
    }

    [GeneratedRegex(@"(?:User|System) time \(seconds\): ([0-9.]+)")]
    private static partial Regex CpuPattern();

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex PeakPattern();
}
