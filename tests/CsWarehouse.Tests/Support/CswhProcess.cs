using System.Diagnostics;
using System.Text;

namespace CsWarehouse.Tests.Support;

/// <summary>Runs the real <c>cswh</c> program as a child process, without a terminal, as a scheduler would.</summary>
public sealed class CswhProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();

    private CswhProcess(IEnumerable<string> args, IDictionary<string, string?>? environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cswh.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("CSWH_DB");
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>()) start.Environment[key] = value;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_out) _out.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_err) _err.AppendLine(e.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string StandardOutput { get { lock (_out) return _out.ToString(); } }
    public string StandardError { get { lock (_err) return _err.ToString(); } }
    public bool HasExited => _process.HasExited;

    public static CswhProcess Start(IEnumerable<string> args, IDictionary<string, string?>? environment = null) =>
        new(args, environment);

    /// <summary>Runs to the end (at most two minutes) and returns the finished process.</summary>
    public static CswhProcess Run(IEnumerable<string> args, IDictionary<string, string?>? environment = null)
    {
        var process = Start(args, environment);
        process.WaitForExit(TimeSpan.FromMinutes(2));
        return process;
    }

    public int ExitCode => _process.ExitCode;

    public void WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) { Kill(); throw new TimeoutException("cswh did not finish in time:\n" + StandardError); }
        _process.WaitForExit(); // flushes the asynchronous output readers
    }

    /// <summary>Waits until standard error contains <paramref name="text"/>; false if the process ended first.</summary>
    public bool WaitForError(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (StandardError.Contains(text, StringComparison.Ordinal)) return true;
            if (_process.HasExited) return StandardError.Contains(text, StringComparison.Ordinal);
            Thread.Sleep(20);
        }
        return false;
    }

    /// <summary>Sends a line to standard input (lets a run paused at a step boundary go on).</summary>
    public void Continue()
    {
        _process.StandardInput.WriteLine();
        _process.StandardInput.Flush();
    }

    /// <summary>The operating-system id of the child process.</summary>
    public int Id => _process.Id;

    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }
}
