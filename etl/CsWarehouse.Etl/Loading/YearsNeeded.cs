using System.Data.Common;
using System.Globalization;
using System.Text;
using CsWarehouse.Etl.Contracts;
using CsWarehouse.Etl.Engines;

namespace CsWarehouse.Etl.Loading;

/// <summary>
/// The calendar years a run's staged rows need in dw.dim_date: those of their date keys, and the MRR months. Read in
/// one query, which reads each staging table once (its keys' minimum and maximum in one aggregate, the tables'
/// aggregates side by side). Written with plain loops and a data reader: every run reads it once, at start-up, where
/// LINQ and Dapper over tuples would cost more to compile than the query costs to run.
/// </summary>
internal sealed class YearsNeeded(IWarehouseEngine engine, DbTransaction transaction)
{
    /// <summary>
    /// The columns after the staged keys' minimums and maximums: three days subscriptions start on (<see cref="Days"/>
    /// of them), whether periods are held, the as-of day. Each an aggregate or a constant, so the query has one row.
    /// </summary>
    private const string Tail =
        "(select min(started_on) as first_start from stg.subscription) sub cross join " +
        "(select min(period_start) as snapshot_start, max(snapshot_on) as snapshot_last from stg.subscription_snapshot) snap cross join " +
        "(select case when exists (select 1 from dw.subscription_period) then 1 else 0 end as has_periods) per cross join " +
        "(select max(as_of_date_key) as as_of_date_key from stg.load_context) ctx";

    private const int Days = 3;
    private const int HasPeriods = Days;
    private const int AsOf = Days + 1;

    public List<int> All()
    {
        var (sql, divisors) = Query();
        var years = new List<int>();
        using var command = engine.Connection.CreateCommand();
        command.CommandText = engine.OnStaging(sql);
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return years;
        // Every staged column named *date_key or month_key: its first and last year.
        for (var i = 0; i < divisors.Count; i++)
            if (!reader.IsDBNull(i))
                years.Add((int)(Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture) / divisors[i]));
        // The MRR fact runs from a customer's first covered month to the run's as-of month, so with subscriptions the
        // date table spans the earliest start staged and the as-of day; later starts and ends need no days, since months
        // after the as-of month are not shown yet. Snapshots open periods at a subscription's start (or trial end) or on
        // the snapshot day.
        var tail = divisors.Count;
        var subscriptionsStaged = false;
        for (var i = tail; i < tail + Days; i++)
        {
            if (YearOf(reader.GetValue(i)) is not { } year) continue;
            years.Add(year);
            subscriptionsStaged = true;
        }
        var periodsHeld = Convert.ToInt32(reader.GetValue(tail + HasPeriods), CultureInfo.InvariantCulture) == 1;
        if ((subscriptionsStaged || periodsHeld) && !reader.IsDBNull(tail + AsOf))
            years.Add(Convert.ToInt32(reader.GetValue(tail + AsOf), CultureInfo.InvariantCulture) / 10000);
        return years;
    }

    /// <summary>The query, and the divisor that turns each of its first columns (a date or month key) into a year.</summary>
    private static (string Sql, List<int> Divisors) Query()
    {
        var sql = new StringBuilder("select * from ");
        var divisors = new List<int>();
        var table = 0;
        foreach (var export in CanonicalExports.All)
        {
            var aggregates = new List<string>();
            foreach (var column in export.Staging.Columns)
            {
                var isMonth = column.Name == "month_key";
                if (!isMonth && !column.Name.EndsWith("date_key", StringComparison.Ordinal)) continue;
                aggregates.Add($"min({column.Name}) as min{table}_{aggregates.Count}, max({column.Name}) as max{table}_{aggregates.Count}");
                divisors.Add(isMonth ? 100 : 10000);
                divisors.Add(isMonth ? 100 : 10000);
            }
            if (aggregates.Count == 0) continue;
            sql.Append($"(select {string.Join(", ", aggregates)} from {export.Staging.QualifiedName}) k{table} cross join ");
            table++;
        }
        sql.Append(Tail);
        return (sql.ToString(), divisors);
    }

    private static int? YearOf(object? day) => day switch
    {
        DateOnly date => date.Year,
        DateTime time => time.Year,
        _ => null,
    };
}
