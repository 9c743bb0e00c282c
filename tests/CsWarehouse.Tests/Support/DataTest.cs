using System.Globalization;
using CsWarehouse.Etl.Checks;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Migrations;
using Dapper;

namespace CsWarehouse.Tests.Support;

/// <summary>Runs one data check (generated or from warehouse/tests) against a warehouse and formats what it found.</summary>
internal static class DataTest
{
    /// <summary>Every check of the warehouse, generated ones included.</summary>
    public static IReadOnlyList<DataCheck> Checks(WarehouseTarget target)
    {
        using var engine = WarehouseEngines.Open(target);
        return DataChecks.All(engine.Connection);
    }

    /// <summary>All offending rows of the check named <paramref name="name"/> (".sql" may be left on).</summary>
    public static List<IDictionary<string, object?>> Run(WarehouseTarget target, string name)
    {
        name = name.EndsWith(".sql", StringComparison.Ordinal) ? name[..^4] : name;
        using var engine = WarehouseEngines.Open(target);
        var check = DataChecks.All(engine.Connection).Single(c => c.Name == name);
        return engine.Connection.Query(WarehouseScripts.Substitute(check.Sql, engine.SqlVariables))
            .Select(r => (IDictionary<string, object?>)r)
            .ToList();
    }

    /// <summary>
    /// Breaks one ticket (an agent key no dimension row has) and stamps it with the coming run, as if that run's fills
    /// had written it: what a load's data tests, which judge the rows the load writes, must catch.
    /// </summary>
    public static void PlantOrphanWrittenByTheNextRun(WarehouseTarget target)
    {
        using var engine = WarehouseEngines.Open(target);
        engine.Connection.Execute("update dw.fact_ticket set agent_key = 99999, run_id = (select max(run_id) + 1 from etl.load_run) " +
                                  "where ticket_id = (select min(ticket_id) from dw.fact_ticket)");
    }

    public static string Describe(IReadOnlyList<IDictionary<string, object?>> rows) =>
        string.Join("\n", rows.Take(50).Select(r => "  " + string.Join(" | ", r.Select(kv => $"{kv.Key}={Format(kv.Value)}"))))
        + (rows.Count > 50 ? $"\n  ... {rows.Count - 50} more" : "");

    private static string Format(object? value) => value switch
    {
        null => "null",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
