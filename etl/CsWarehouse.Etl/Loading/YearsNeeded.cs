using System.Data.Common;
using CsWarehouse.Etl.Contracts;
using CsWarehouse.Etl.Engines;
using Dapper;

namespace CsWarehouse.Etl.Loading;

/// <summary>The calendar years a run's staged rows need in dw.dim_date: those of their date keys, and the MRR months.</summary>
internal sealed class YearsNeeded(IWarehouseEngine engine, DbTransaction transaction)
{
    public IEnumerable<int> All() => StagedKeyYears().Concat(SubscriptionYears());

    /// <summary>
    /// The first and last year of every staged column named *date_key or month_key: one query, which reads each
    /// staging table once (its keys' minimum and maximum in one aggregate, the tables' aggregates side by side).
    /// </summary>
    private IEnumerable<int> StagedKeyYears()
    {
        var tables = CanonicalExports.All
            .Select(export => (export.Staging.QualifiedName, Keys: export.Staging.Columns
                .Where(c => c.Name.EndsWith("date_key", StringComparison.Ordinal) || c.Name == "month_key")
                .Select(c => (c.Name, Divisor: c.Name == "month_key" ? 100 : 10000))
                .ToList()))
            .Where(t => t.Keys.Count > 0)
            .ToList();
        if (tables.Count == 0) return [];
        var sql = "select * from " + string.Join(" cross join ", tables.Select((t, i) =>
            $"(select {string.Join(", ", t.Keys.Select((k, j) => $"min({k.Name}) as min{i}_{j}, max({k.Name}) as max{i}_{j}"))} from {t.QualifiedName}) k{i}"));
        var divisors = tables.SelectMany(t => t.Keys).SelectMany(k => new[] { k.Divisor, k.Divisor }).ToList();
        using var command = engine.Connection.CreateCommand();
        command.CommandText = engine.OnStaging(sql);
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        reader.Read();
        var years = new List<int>();
        for (var i = 0; i < reader.FieldCount; i++)
            if (!reader.IsDBNull(i))
                years.Add((int)(Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) / divisors[i]));
        return years;
    }

    private static int? YearOf(object? day) => day switch
    {
        DateOnly date => date.Year,
        DateTime time => time.Year,
        _ => null,
    };

    /// <summary>
    /// The MRR fact runs from a customer's first covered month to the run's as-of month, so with subscriptions the
    /// date table spans the earliest started_on staged and the as-of day. Later starts and ends need no days:
    /// months after the as-of month are not shown yet.
    /// </summary>
    private IEnumerable<int> SubscriptionYears()
    {
        var firstStart = engine.Connection.ExecuteScalar<object?>(engine.OnStaging("select min(started_on) from stg.subscription"), transaction: transaction);
        if (YearOf(firstStart) is { } year) yield return year;
        // Snapshots open periods at a subscription's start (or trial end) or on the snapshot day.
        var snapshots = engine.Connection.QuerySingle<(object? Start, object? Last)>(
            engine.OnStaging("select min(period_start), max(snapshot_on) from stg.subscription_snapshot"), transaction: transaction);
        foreach (var day in new[] { snapshots.Start, snapshots.Last })
            if (YearOf(day) is { } snapshotYear) yield return snapshotYear;
        if (snapshots.Start is not null) firstStart = snapshots.Start;
        var periods = engine.Connection.ExecuteScalar<long>("select count(*) from dw.subscription_period", transaction: transaction);
        if (firstStart is DateOnly or DateTime || periods > 0)
            yield return engine.Connection.ExecuteScalar<int>(engine.OnStaging("select as_of_date_key from stg.load_context"), transaction: transaction) / 10000;
    }
}
