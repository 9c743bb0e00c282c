using CsWarehouse.Etl.Loading;
using DbUp.Engine.Output;

namespace CsWarehouse.Etl.Migrations;

/// <summary>Sends DbUp's messages to the run log (which hides secrets), keeping only what a person needs.</summary>
internal sealed class DbUpLog(IRunLog log) : IUpgradeLog
{
    public void LogTrace(string format, params object[] args) { }
    public void LogDebug(string format, params object[] args) { }

    public void LogInformation(string format, params object[] args)
    {
        var message = string.Format(format, args);
        if (message.StartsWith("Executing Database Server script", StringComparison.Ordinal))
            log.Info("migrate: " + message["Executing Database Server script ".Length..].Trim('\'', ' '));
    }

    public void LogWarning(string format, params object[] args) => log.Warn(string.Format(format, args));
    public void LogError(string format, params object[] args) => log.Error(string.Format(format, args));
    public void LogError(Exception ex, string format, params object[] args) => log.Error(string.Format(format, args));
}
