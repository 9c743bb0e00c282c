using System.Data.Common;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Migrations;
using Dapper;

namespace CsWarehouse.Etl.Loading;

/// <summary>Moves staged rows into dimensions and facts: the date table first, then the fills (WarehouseScripts.Conform) in order.</summary>
internal sealed partial class Conformer(IWarehouseEngine engine, DbTransaction transaction, IRunLog log)
{
    private DbConnection Connection => engine.Connection;

    /// <param name="stagedRows">Rows this run staged, by staging table: a fact fed by more rows than it holds goes
    /// without its indexes while written.</param>
    /// <param name="refreshWarehouseStatistics">After a large load, bring the statistics of the dw tables it wrote up to date.</param>
    /// <returns>The dw tables whose rows this run changed: the data tests on them are the ones worth running.</returns>
    public IReadOnlySet<string> Run(IReadOnlyDictionary<string, long> stagedRows, bool refreshWarehouseStatistics)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var readying = DateTime.UtcNow;
        if (ExtendDateDimension()) changed.Add("dw.dim_date");
        var factIndexes = engine.SuspendIndexes(FactsAndTheirStagedRows(stagedRows), transaction);
        log.Info($"conform: dates checked, {factIndexes.Count} fact indexes set aside ({(DateTime.UtcNow - readying).TotalSeconds:0.0} s)");
        var written = new HashSet<string>(StringComparer.Ordinal);
        var refreshed = new HashSet<string>(StringComparer.Ordinal);
        var idle = new List<string>();
        foreach (var script in WarehouseScripts.Conform)
        {
            // A fill with nothing to work from would still plan and run each statement, and read the tables it
            // joins: for a small load, most of the fills' time.
            if (NothingToWorkFrom(script))
            {
                idle.Add(script.FileName);
                continue;
            }
            written.UnionWith(WarehouseTablesWrittenBy(script.Text));
            var started = DateTime.UtcNow;
            // One statement at a time, to know which tables had rows changed.
            foreach (var statement in WarehouseScripts.Statements(WarehouseScripts.Substitute(script.Text, engine.SqlVariables)))
            {
                if (Connection.Execute(engine.OnStaging(statement), transaction: transaction, commandTimeout: 0) > 0)
                    changed.UnionWith(WarehouseTablesWrittenBy(statement));
            }
            // Work tables a step fills are read by the next steps: their statistics must describe what is in them now.
            engine.RefreshStatistics(WorkTablesFilledBy(script.Text), transaction);
            // So must the dimensions every fact fill looks up, after a large load: planned on a dimension's statistics
            // from before it was filled, PostgreSQL hashed the 5.5 million staged messages instead of the 4,800 agents
            // (reply step at 120,000 customers: 28.5 s).
            if (refreshWarehouseStatistics)
            {
                var dimensions = WarehouseTablesWrittenBy(script.Text).Where(t => t.StartsWith("dw.dim_", StringComparison.Ordinal)).ToList();
                engine.RefreshStatistics(dimensions, transaction);
                refreshed.UnionWith(dimensions);
            }
            log.Info($"conform: {script.FileName} ({(DateTime.UtcNow - started).TotalSeconds:0.0} s)");
        }
        if (idle.Count > 0)
            log.Info($"conform: {idle.Count} fills skipped, no rows to work from: {string.Join(", ", idle.Select(f => f[..^WarehouseScripts.FillSuffix.Length]))}");
        if (factIndexes.Count > 0)
        {
            var started = DateTime.UtcNow;
            factIndexes.Restore(Connection, transaction);
            log.Info($"conform: {factIndexes.Count} fact indexes built again ({(DateTime.UtcNow - started).TotalSeconds:0.0} s)");
        }
        // The next run plans its statements on these tables; after a large load, statistics from before would mislead it.
        if (refreshWarehouseStatistics)
        {
            var started = DateTime.UtcNow;
            engine.RefreshStatistics(written.Except(refreshed).Order(StringComparer.Ordinal), transaction);
            log.Info($"conform: statistics of the warehouse tables written ({(DateTime.UtcNow - started).TotalSeconds:0.0} s)");
        }
        return changed;
    }

    /// <summary>Whether every staging table the fill works from (<see cref="WarehouseScripts.Script.WorksFrom"/>) is empty now.</summary>
    private bool NothingToWorkFrom(WarehouseScripts.Script script) =>
        script.WorksFrom.Count > 0 &&
        Connection.ExecuteScalar<int>(engine.OnStaging(AnyRowsIn(script.WorksFrom)), transaction: transaction) == 0;

    /// <summary>1 when any of the tables has a row, else 0; in words every engine reads.</summary>
    internal static string AnyRowsIn(IEnumerable<string> tables) =>
        "select case when " + string.Join(" or ", tables.Select(t => $"exists (select 1 from {t})")) + " then 1 else 0 end";

    /// <summary>
    /// Each fact written from a staging table of the same name (dw.fact_ticket from stg.ticket), with the rows staged
    /// for it. The conform scripts read facts only in set-based joins, never row by row, so a fact can do without its
    /// indexes while it is written; dimensions are looked up row by row and keep theirs.
    /// </summary>
    private static IEnumerable<(string Table, long RowsComing)> FactsAndTheirStagedRows(IReadOnlyDictionary<string, long> stagedRows) =>
        WarehouseScripts.Conform.SelectMany(s => WarehouseTablesWrittenBy(s.Text))
            .Where(t => t.StartsWith("dw.fact_", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(fact => (fact, stagedRows.GetValueOrDefault("stg." + fact["dw.fact_".Length..])))
            .Where(fact => fact.Item2 > 0);

    private static IEnumerable<string> WorkTablesFilledBy(string sql) =>
        WorkTableInsert().Matches(sql).Select(m => "stg." + m.Groups[1].Value).Distinct();

    private static IEnumerable<string> WarehouseTablesWrittenBy(string sql) =>
        WarehouseWrite().Matches(sql).Select(m => "dw." + m.Groups[1].Value).Distinct();

    [System.Text.RegularExpressions.GeneratedRegex(@"insert into stg\.(\w+)")]
    private static partial System.Text.RegularExpressions.Regex WorkTableInsert();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:insert into|update|delete from) dw\.(\w+)")]
    private static partial System.Text.RegularExpressions.Regex WarehouseWrite();

    /// <summary>Adds whole years to dw.dim_date so it covers every year this run needs, without gaps.</summary>
    /// <returns>Whether it added any.</returns>
    private bool ExtendDateDimension()
    {
        var needed = new YearsNeeded(engine, transaction).All();
        if (needed.Count == 0) return false;
        var existing = Connection.QuerySingle<(long? Min, long? Max)>(
            "select min(year), max(year) from dw.dim_date", transaction: transaction);
        var from = (int)Math.Min(needed.Min(), existing.Min ?? int.MaxValue);
        var to = (int)Math.Max(needed.Max(), existing.Max ?? int.MinValue);
        var years = Enumerable.Range(from, to - from + 1)
            .Where(y => existing.Min is null || y < existing.Min || y > existing.Max).ToList();
        foreach (var year in years)
            RunTables.Write(engine, transaction, RunTables.DimDate, DateDimension.Years(year, year));
        if (years.Count > 0) log.Info($"conform: dw.dim_date extended with {string.Join(", ", years)}");
        return years.Count > 0;
    }
}
