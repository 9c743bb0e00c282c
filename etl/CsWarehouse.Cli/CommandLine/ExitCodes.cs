namespace CsWarehouse.Cli.CommandLine;

/// <summary>The process exit codes, for schedulers; documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>The run failed (bad file, too many rejected rows, database error); the warehouse is as before.</summary>
    public const int RunFailed = 1;

    /// <summary>The command line or configuration is wrong; nothing was done.</summary>
    public const int Usage = 2;

    /// <summary>Another run holds the warehouse lock; nothing was done.</summary>
    public const int Locked = 3;

    /// <summary>A data test found offending rows: <c>cswh check</c> reports them; a load (or <c>cswh run</c>) that ends with one is rolled back and publishes nothing.</summary>
    public const int ChecksFailed = 4;

    // cswh run: one code per step that can fail, so a scheduler can tell what to look at without reading the log.

    /// <summary>cswh run: the export folder could not be written; the previous export is still in place.</summary>
    public const int ExportFailed = 10;

    /// <summary>cswh run: Power BI reports the refresh Failed (or Disabled, Cancelled), with the service's reason.</summary>
    public const int RefreshFailed = 20;

    /// <summary>cswh run: the refresh did not finish within the configured timeout.</summary>
    public const int RefreshTimedOut = 21;

    /// <summary>cswh run: another refresh of the model was already running (409 Conflict).</summary>
    public const int RefreshInProgress = 22;

    /// <summary>cswh run: sign-in failed or the service refused the token (401: expired or not allowed).</summary>
    public const int PowerBiUnauthorized = 23;

    /// <summary>cswh run: the service still answered 429 (throttled) after every retry.</summary>
    public const int PowerBiThrottled = 24;

    /// <summary>cswh run: the service answered 5xx or could not be reached after every retry.</summary>
    public const int PowerBiUnavailable = 25;

    /// <summary>cswh run: the service rejected a request (400 DAX error, 403, 404: wrong ids or permissions).</summary>
    public const int PowerBiRejected = 26;

    /// <summary>cswh run: the published model shows KPI figures that differ from the warehouse beyond the tolerance.</summary>
    public const int ReconciliationFailed = 30;
}
