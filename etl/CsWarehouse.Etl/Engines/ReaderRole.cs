using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Migrations;
using Dapper;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace CsWarehouse.Etl.Engines;

/// <summary>
/// Least privilege for reports: lets an existing role read the kpi views and the few dw tables the Power BI model
/// reads, and nothing else — not staging, not the run log, no writes.
/// </summary>
public static class ReaderRole
{
    /// <summary>The dw tables the Power BI model reads besides the kpi views (powerbi/ names them).</summary>
    public static readonly string[] ModelTables = ["dw.dim_customer", "dw.dim_plan", "dw.fact_customer_mrr", "dw.kpi_target"];

    /// <summary>The statements that grant <paramref name="role"/> read access on the engine.</summary>
    public static IReadOnlyList<string> Statements(EngineKind engine, string role) => engine switch
    {
        EngineKind.Postgres => PostgresStatements(Quoted(role, "\"", "\"")),
        EngineKind.SqlServer => SqlServerStatements(Quoted(role, "[", "]")),
        _ => throw new ConfigurationException(
            "DuckDB has no logins or grants: who may read a DuckDB warehouse is decided by the file's permissions " +
            "(for example a group that may read it, chmod 640). Readers open it read-only with cswh kpi, runs and export."),
    };

    public static void Grant(IWarehouseEngine engine, string role)
    {
        var statements = Statements(engine.Kind, role);
        using var tx = engine.Connection.BeginTransaction();
        try
        {
            foreach (var statement in statements)
                engine.Connection.Execute(statement, transaction: tx);
            tx.Commit();
        }
        catch (Exception e) when (e is PostgresException { SqlState: PostgresErrorCodes.UndefinedObject } or SqlException { Number: 15151 })
        {
            FirstCause.Rollback(tx, e);
            throw new ConfigurationException(
                $"--role {role}: no such role. Create the login first (e.g. create role {role} login password '...'), then grant it.");
        }
        catch (Exception e)
        {
            FirstCause.Rollback(tx, e);
            throw;
        }
    }

    // Default privileges give the role the kpi views a later migration creates anew as well.
    private static List<string> PostgresStatements(string role) =>
    [
        $"grant usage on schema {KpiViews.Schema}, dw to {role}",
        $"grant select on all tables in schema {KpiViews.Schema} to {role}",
        $"alter default privileges in schema {KpiViews.Schema} grant select on tables to {role}",
        .. ModelTables.Select(t => $"grant select on {t} to {role}"),
    ];

    // A grant on the schema covers every view in it, present and future.
    private static List<string> SqlServerStatements(string role) =>
    [
        $"grant select on schema::{KpiViews.Schema} to {role}",
        .. ModelTables.Select(t => $"grant select on {t} to {role}"),
    ];

    private static string Quoted(string name, string open, string close)
    {
        if (name.Length == 0 || name.Length > 63 || name.Any(char.IsControl))
            throw new ConfigurationException("--role must be a role name of 1 to 63 characters.");
        return open + name.Replace(close, close + close, StringComparison.Ordinal) + close;
    }
}
