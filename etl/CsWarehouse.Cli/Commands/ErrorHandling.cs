using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Profiles;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Cli.Commands;

/// <summary>Turns what went wrong into one clear, secret-free message and the exit code that names it.</summary>
public static class ErrorHandling
{
    public static int Run(Terminal terminal, Redactor redactor, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (ConfigurationException e)
        {
            return Fail(terminal, redactor, e.Message, ExitCodes.Usage);
        }
        catch (WarehouseLockedException e)
        {
            return Fail(terminal, redactor, e.Message + " Try again later, or add --wait.", ExitCodes.Locked);
        }
        catch (ProfileException e)
        {
            return Fail(terminal, redactor, e.Message + " No data was read.", ExitCodes.RunFailed);
        }
        catch (FileLevelException e)
        {
            return Fail(terminal, redactor, e.Message + " Nothing was loaded.", ExitCodes.RunFailed);
        }
        catch (Exception e) when (e is WarehouseNotReadyException or WarehouseUnreadableException)
        {
            return Fail(terminal, redactor, e.Message, ExitCodes.RunFailed);
        }
        catch (Exception e)
        {
            return Fail(terminal, redactor, FailureText.Of(e), ExitCodes.RunFailed);
        }
    }

    private static int Fail(Terminal terminal, Redactor redactor, string message, int code)
    {
        terminal.Error.WriteLine(redactor.Redact($"error: {message}"));
        return code;
    }
}
