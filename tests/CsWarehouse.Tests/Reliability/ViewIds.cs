using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Migrations;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Reliability;

/// <summary>The kpi views a warehouse has, and on PostgreSQL each one's object id (a view dropped and created again gets a new one).</summary>
internal static class ViewIds
{
    public static int Expected => WarehouseScripts.ViewFolders.SelectMany(WarehouseScripts.In).Count();

    public static SortedDictionary<string, string> Of(WarehouseTarget target)
    {
        var sql = target.Engine == EngineKind.Postgres
            ? "select c.relname as name, cast(c.oid as text) as id from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'kpi' and c.relkind = 'v'"
            : "select table_name as name, '' as id from information_schema.views where table_schema = 'kpi'";
        return new SortedDictionary<string, string>(
            WarehouseSnapshot.Query(target, sql).ToDictionary(r => (string)r["name"]!, r => (string)r["id"]!), StringComparer.Ordinal);
    }
}
