using CsWarehouse.Etl.Engines.DuckDb;
using DuckDB.NET.Data;

namespace CsWarehouse.Cli.Commands;

/// <summary>
/// DuckDB's out-of-memory error, told in the project's terms: its own advice (SET memory_limit) cannot reach a run,
/// because every connection sets the limit from CSWH_DUCKDB_MEMORY_LIMIT as it opens.
/// </summary>
public static class DuckDbMemory
{
    public static bool IsOutOfMemory(Exception e) => Find(e) is not null;

    public static string Advice(Exception e) =>
        $"DuckDB ran out of memory within its limit of {DuckDbEngine.MemoryLimit}: set CSWH_DUCKDB_MEMORY_LIMIT higher " +
        $"(e.g. CSWH_DUCKDB_MEMORY_LIMIT=2GB) and run again. DuckDB said: {FirstLine(Find(e)!.Message)}";

    /// <summary>
    /// A log line carrying DuckDB's own list of remedies (SET threads, SET memory_limit, ...), told with the one a
    /// user can apply instead: the list is cut and CSWH_DUCKDB_MEMORY_LIMIT named.
    /// </summary>
    public static string Reworded(string message)
    {
        var remedies = message.IndexOf("Possible solutions:", StringComparison.Ordinal);
        if (remedies < 0 || !message.Contains("memory_limit", StringComparison.OrdinalIgnoreCase)) return message;
        return message[..remedies].TrimEnd() + $" (raise CSWH_DUCKDB_MEMORY_LIMIT, now {DuckDbEngine.MemoryLimit})";
    }

    /// <summary>The out-of-memory error itself, wherever it sits in the chain of wrapping exceptions.</summary>
    private static DuckDBException? Find(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is DuckDBException duck && (duck.Message.Contains("Out of Memory", StringComparison.OrdinalIgnoreCase) ||
                                              duck.Message.Contains("could not allocate", StringComparison.OrdinalIgnoreCase)))
                return duck;
        return null;
    }

    // DuckDB appends a list of "possible solutions" naming its own SET statements; only the first line is the error.
    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
