using CsWarehouse.Cli.Commands;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Loading;

namespace CsWarehouse.Cli.CommandLine;

/// <summary>
/// The run log on standard error: a live progress line per file on a terminal, plain timestamped lines
/// otherwise. Every line passes through the redactor, so no secret reaches a log.
/// </summary>
public sealed class ConsoleRunLog(Terminal terminal, Redactor redactor) : IRunLog
{
    private bool _progressShown;

    public void Info(string message) => Line("info", message);
    public void Warn(string message) => Line("warn", message);
    public void Error(string message) => Line("error", message);

    public void Progress(string file, long bytesRead, long bytesTotal, long rows, bool done)
    {
        if (!terminal.Interactive) return;
        var percent = bytesTotal == 0 ? 100 : 100.0 * bytesRead / bytesTotal;
        terminal.Error.Write($"\r  {file,-22} {percent,5:0.0}%  {rows,12:N0} rows");
        _progressShown = !done;
        if (done) terminal.Error.Write("\r" + new string(' ', 60) + "\r");
    }

    private void Line(string level, string message)
    {
        if (_progressShown) { terminal.Error.WriteLine(); _progressShown = false; }
        var text = redactor.Redact(DuckDbMemory.Reworded(message));
        terminal.Error.WriteLine(terminal.Interactive ? text : $"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ} {level} {text}");
    }
}
