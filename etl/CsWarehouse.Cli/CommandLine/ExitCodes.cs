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

    /// <summary>A data test found offending rows: <c>cswh check</c> reports them; a load that ends with one is rolled back.</summary>
    public const int ChecksFailed = 4;
}
