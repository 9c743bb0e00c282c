using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Profiles;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Cli.Commands;

/// <summary>Turns what went wrong into one clear, secret-free message and the exit code that names it.</summary>
public static class ErrorHandling
{
    /// <param name="jsonFailure">When the command line asked for --json: the JSON line that reports an error.</param>
    public static int Run(Terminal terminal, Redactor redactor, Func<int> action, Func<string, string?>? jsonFailure = null)
    {
        return Guarded(terminal, redactor, action, jsonFailure is null ? null : message =>
        {
            if (jsonFailure(message) is { } line) terminal.Out.WriteLine(line);
        });
    }

    private static int Guarded(Terminal terminal, Redactor redactor, Func<int> action, Action<string>? report)
    {
        try
        {
            return action();
        }
        catch (ConfigurationException e)
        {
            return Fail(terminal, redactor, report, e.Message, ExitCodes.Usage);
        }
        catch (WarehouseLockedException e)
        {
            return Fail(terminal, redactor, report, e.Message + " Try again later, or add --wait.", ExitCodes.Locked);
        }
        catch (ProfileException e)
        {
            return Fail(terminal, redactor, report, e.Message + " No data was read.", ExitCodes.RunFailed);
        }
        catch (FileLevelException e)
        {
            return Fail(terminal, redactor, report, e.Message + " Nothing was loaded.", ExitCodes.RunFailed);
        }
        catch (Exception e) when (e is WarehouseNotReadyException or WarehouseUnreadableException)
        {
            return Fail(terminal, redactor, report, e.Message, ExitCodes.RunFailed);
        }
        catch (Exception e) when (DuckDbMemory.IsOutOfMemory(e))
        {
            return Fail(terminal, redactor, report, DuckDbMemory.Advice(e), ExitCodes.RunFailed);
        }
        catch (Exception e)
        {
            return Fail(terminal, redactor, report, FailureText.Of(e), ExitCodes.RunFailed);
        }
    }

    private static int Fail(Terminal terminal, Redactor redactor, Action<string>? report, string message, int code)
    {
        var text = redactor.Redact(message);
        terminal.Error.WriteLine($"error: {text}");
        report?.Invoke(text);
        return code;
    }
}
