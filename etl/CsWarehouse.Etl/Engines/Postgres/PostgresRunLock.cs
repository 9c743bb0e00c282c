using System.Diagnostics;
using System.Globalization;
using Dapper;
using Npgsql;

namespace CsWarehouse.Etl.Engines.Postgres;

/// <summary>
/// The run lock on PostgreSQL: a session advisory lock, held by the run's connection. A cswh process killed while
/// its statement runs leaves a backend that goes on holding the lock; two things end that. The server checks the
/// run's client socket while a statement runs (<c>client_connection_check_interval</c>) and drops the session once
/// the client is gone; and the next run reads who holds the lock — every run names its session
/// <c>cswh:HOST:PID</c> — and terminates a holder whose process on this host no longer exists.
/// </summary>
internal static class PostgresRunLock
{
    // Any fixed number works; it only has to be the same for every cswh process.
    private const long Key = 0x6373_7768; // "cswh"

    /// <summary>How often the server looks at a busy run's client socket; a dead client's session ends within it.</summary>
    internal const string ClientCheckInterval = "5s";

    /// <summary>How long the run's session may sit idle inside a transaction (a hung client) before the server ends it.</summary>
    internal const string IdleInTransactionTimeout = "15min";

    private const string Prefix = "cswh:";

    /// <summary>This process's session name: cswh, the host and the process id (at most PostgreSQL's 63 bytes).</summary>
    public static string ApplicationName { get; } = Name(Environment.MachineName, Environment.ProcessId);

    private static string Name(string host, int pid)
    {
        var suffix = ":" + pid.ToString(CultureInfo.InvariantCulture);
        return Prefix + host[..Math.Min(host.Length, 63 - Prefix.Length - suffix.Length)] + suffix;
    }

    public static void GuardSession(NpgsqlConnection connection)
    {
        try
        {
            connection.Execute($"set client_connection_check_interval = '{ClientCheckInterval}'");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedObject)
        {
            // PostgreSQL before 14 has no such check; the next run's holder check still frees the lock.
        }
        connection.Execute($"set idle_in_transaction_session_timeout = '{IdleInTransactionTimeout}'");
    }

    public static bool TryAcquire(NpgsqlConnection connection)
    {
        if (TryLock(connection)) return true;
        if (Holder(connection) is not { } holder || !IsOrphan(holder)) return false;
        connection.Execute("select pg_terminate_backend(@pid)", new { pid = holder.Pid });
        // The lock is released when the terminated backend has exited; wait for that, briefly.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (TryLock(connection)) return true;
            Thread.Sleep(100);
        }
        return false;
    }

    public static string? DescribeHolder(NpgsqlConnection connection) => Holder(connection) is { } h
        ? string.Create(CultureInfo.InvariantCulture,
            $"held by PostgreSQL backend {h.Pid} ({(string.IsNullOrEmpty(h.ApplicationName) ? "no application name" : h.ApplicationName)}" +
            $"{(h.ClientAddress is null ? "" : ", client " + h.ClientAddress)}), connected since {h.BackendStart:yyyy-MM-dd HH:mm:ss}Z, " +
            $"{h.State ?? "unknown state"}{(h.StateChange is { } since ? $" since {since:yyyy-MM-dd HH:mm:ss}Z" : "")}")
        : null;

    private static bool TryLock(NpgsqlConnection connection) =>
        connection.ExecuteScalar<bool>("select pg_try_advisory_lock(@key)", new { key = Key });

    private sealed record LockHolder(int Pid, string? ApplicationName, string? ClientAddress, DateTime BackendStart, string? State, DateTime? StateChange);

    // A bigint advisory key shows in pg_locks as classid (high half) and objid (low half), objsubid 1.
    private static LockHolder? Holder(NpgsqlConnection connection) => connection.QueryFirstOrDefault<LockHolder>("""
        select a.pid as Pid, a.application_name as ApplicationName, host(a.client_addr) as ClientAddress,
               a.backend_start at time zone 'UTC' as BackendStart, a.state as State, a.state_change at time zone 'UTC' as StateChange
        from pg_locks l
        join pg_stat_activity a on a.pid = l.pid
        where l.locktype = 'advisory' and l.granted and l.database = (select oid from pg_database where datname = current_database())
          and l.classid = cast(@high as oid) and l.objid = cast(@low as oid) and l.objsubid = 1
        """, new { high = (long)(Key >> 32), low = Key & 0xFFFF_FFFF });

    /// <summary>A holder that a cswh process on this host started, and whose process has ended (or is a newer one with its id).</summary>
    private static bool IsOrphan(LockHolder holder)
    {
        var name = holder.ApplicationName ?? "";
        var hostPrefix = Name(Environment.MachineName, 0)[..^2];
        if (!name.StartsWith(hostPrefix + ":", StringComparison.Ordinal)) return false;
        if (!int.TryParse(name[(hostPrefix.Length + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited || process.StartTime.ToUniversalTime() > holder.BackendStart;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
    }
}
