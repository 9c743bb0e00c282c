using CsWarehouse.Etl.Migrations;
using DuckDB.NET.Data;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace CsWarehouse.Etl.Engines;

/// <summary>
/// One line that says what stopped a run, told apart by the error's type and the engine's own error code (a
/// PostgreSQL SQLSTATE, a DuckDB error type, a SQL Server error number), never by words in its message.
/// </summary>
public static class FailureText
{
    public static string Of(Exception e) => e switch
    {
        Reading.FileLevelException file => file.Message,
        MigrationException m => $"migration script {m.Script} failed: {(m.InnerException is { } inner ? Of(inner) : "no detail")}",
        PostgresException pg => $"PostgreSQL error {pg.SqlState}: {pg.MessageText}" + (pg.Detail is { Length: > 0 } d ? $" ({d})" : ""),
        NpgsqlException npgsql => "the connection to PostgreSQL failed: " + Innermost(npgsql),
        DuckDBException duck => $"DuckDB {duck.ErrorType} error: {duck.Message}",
        SqlException sql => $"SQL Server error {sql.Number}: {sql.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };

    private static string Innermost(Exception e)
    {
        var texts = new List<string>();
        for (var x = e; x is not null; x = x.InnerException) texts.Add(x.Message);
        return string.Join(" ← ", texts.Distinct());
    }
}
