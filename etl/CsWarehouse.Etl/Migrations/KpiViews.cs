using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CsWarehouse.Etl.Engines;
using Dapper;

namespace CsWarehouse.Etl.Migrations;

/// <summary>One kpi view as this version of cswh defines it: its name, its text for one engine, and that text's hash.</summary>
public sealed record KpiView(string Name, string CreateSql, string Sha256);

/// <summary>The kpi views of warehouse/4_kpi and what the warehouse records about them in etl.view_definition.</summary>
public static partial class KpiViews
{
    public const string Schema = "kpi";

    /// <summary>Every view, in file order (a view may read an earlier one), with the engine's variables substituted.</summary>
    public static IReadOnlyList<KpiView> For(IWarehouseEngine engine) =>
        WarehouseScripts.ViewFolders.SelectMany(WarehouseScripts.In).Select(script =>
        {
            var sql = WarehouseScripts.Substitute(script.Text, engine.SqlVariables);
            var name = CreateView().Match(sql) is { Success: true } m
                ? m.Groups["name"].Value.ToLowerInvariant()
                : throw new InvalidOperationException($"{script.FileName} does not create a kpi view.");
            return new KpiView(name, sql, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql))));
        }).ToList();

    /// <summary>The view's text with its <c>create view</c> turned into the engine's create-or-replace form.</summary>
    public static string ReplaceSql(KpiView view, string createOrReplace) =>
        CreateView().Replace(view.CreateSql, createOrReplace + " kpi.${name}", 1);

    /// <summary>The hashes etl.view_definition holds (empty where the table does not exist yet).</summary>
    public static Dictionary<string, string> Recorded(DbConnection connection, DbTransaction? tx)
    {
        if (!TableExists(connection, tx, "etl", "view_definition")) return [];
        return connection.Query<(string Name, string Sha)>(
                "select view_name, definition_sha256 from etl.view_definition", transaction: tx)
            .ToDictionary(r => r.Name, r => r.Sha, StringComparer.Ordinal);
    }

    /// <summary>The names of the kpi views that exist (and that this login can see).</summary>
    public static HashSet<string> Existing(DbConnection connection, DbTransaction? tx) =>
        connection.Query<string>(
                $"select table_name from information_schema.views where table_schema = '{Schema}'", transaction: tx)
            .Select(n => n.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    public static bool TableExists(DbConnection connection, DbTransaction? tx, string schema, string table) =>
        connection.ExecuteScalar<long>(
            $"select count(*) from information_schema.tables where table_schema = '{schema}' and table_name = '{table}'",
            transaction: tx) > 0;

    [GeneratedRegex(@"\bcreate\s+view\s+kpi\.(?<name>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex CreateView();
}
