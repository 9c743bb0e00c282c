using System.Data.Common;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Exports;
using CsWarehouse.Etl.Migrations;
using Dapper;

namespace CsWarehouse.Etl.Loading;

/// <summary>Moves staged rows into dimensions and facts: the date table first, then the conform scripts in order.</summary>
internal sealed class Conformer(IWarehouseEngine engine, DbTransaction transaction, IRunLog log)
{
    private DbConnection Connection => engine.Connection;

    public void Run()
    {
        ExtendDateDimension();
        foreach (var script in WarehouseScripts.Conform)
        {
            var started = DateTime.UtcNow;
            Connection.Execute(WarehouseScripts.Substitute(script.Text, engine.SqlVariables), transaction: transaction, commandTimeout: 0);
            log.Info($"conform: {script.FileName} ({(DateTime.UtcNow - started).TotalSeconds:0.0} s)");
        }
    }

    /// <summary>Adds whole years to dw.dim_date so it covers every date key staged in this run, without gaps.</summary>
    private void ExtendDateDimension()
    {
        var keys = CanonicalExports.All
            .SelectMany(e => e.Staging.Columns
                .Where(c => c.Name.EndsWith("date_key", StringComparison.Ordinal) || c.Name == "month_key")
                .Select(c => (Table: e.Staging.QualifiedName, Column: c.Name, IsMonth: c.Name == "month_key")))
            .ToList();
        int? first = null, last = null;
        foreach (var (table, column, isMonth) in keys)
        {
            var range = Connection.QuerySingle<(long? Min, long? Max)>(
                $"select min({column}), max({column}) from {table}", transaction: transaction);
            if (range.Min is null || range.Max is null) continue;
            var (minYear, maxYear) = isMonth ? ((int)range.Min / 100, (int)range.Max / 100) : ((int)range.Min / 10000, (int)range.Max / 10000);
            first = Math.Min(first ?? minYear, minYear);
            last = Math.Max(last ?? maxYear, maxYear);
        }
        if (first is null || last is null) return;
        var existing = Connection.QuerySingle<(long? Min, long? Max)>(
            "select min(year), max(year) from dw.dim_date", transaction: transaction);
        var from = (int)Math.Min(first.Value, existing.Min ?? first.Value);
        var to = (int)Math.Max(last.Value, existing.Max ?? last.Value);
        var years = Enumerable.Range(from, to - from + 1)
            .Where(y => existing.Min is null || y < existing.Min || y > existing.Max).ToList();
        foreach (var year in years)
            RunTables.Write(engine, transaction, RunTables.DimDate, DateDimension.Years(year, year));
        if (years.Count > 0) log.Info($"conform: dw.dim_date extended with {string.Join(", ", years)}");
    }
}
