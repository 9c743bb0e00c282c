using System.Diagnostics;
using Dapper;
using DuckDB.NET.Data;

namespace CsWarehouse.Benchmarks;

/// <summary>How long each kpi view takes to return all its rows on a loaded DuckDB warehouse.</summary>
public static class KpiViewTimings
{
    public static IReadOnlyList<string> Measure(string databaseFile)
    {
        using var connection = new DuckDBConnection($"Data Source={databaseFile}");
        connection.Open();
        var views = connection.Query<string>(
            "select table_name from information_schema.views where table_schema = 'kpi' order by table_name").ToList();
        var lines = new List<string>();
        foreach (var view in views)
        {
            var watch = Stopwatch.StartNew();
            using var command = connection.CreateCommand();
            command.CommandText = $"select * from kpi.{view}";
            using var reader = command.ExecuteReader();
            long rows = 0;
            while (reader.Read()) rows++;
            lines.Add($"  kpi.{view,-28} {rows,10:N0} rows {watch.Elapsed.TotalSeconds,8:0.000} s");
        }
        return lines;
    }
}
