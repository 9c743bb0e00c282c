using System.Data.Common;
using Dapper;

namespace CsWarehouse.Etl.Checks;

/// <summary>
/// Runs data checks on an open warehouse connection (inside the load's transaction, or on its own for
/// <c>cswh check</c>): counts each check's offending rows and keeps the first few as a sample.
/// </summary>
public sealed class CheckRunner(DbConnection connection, IReadOnlyDictionary<string, string> sqlVariables, DbTransaction? transaction = null)
{
    public const int SampleSize = 5;

    public CheckResult Run(DataCheck check)
    {
        var sql = Migrations.WarehouseScripts.Substitute(check.Sql, sqlVariables);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var sample = new List<IReadOnlyDictionary<string, object?>>();
        long count = 0;
        // Streamed: a badly broken warehouse may return millions of rows, of which only the count and a few are kept.
        // Dapper's rows are dictionaries; cast as such rather than converted as dynamic, which wakes the C# runtime binder.
        foreach (var row in connection.Query(sql, transaction: transaction, buffered: false, commandTimeout: 0).Cast<IDictionary<string, object?>>())
        {
            if (count++ < SampleSize) sample.Add(new Dictionary<string, object?>(row, StringComparer.Ordinal));
        }
        return new CheckResult(check, count, sample, watch.Elapsed);
    }

    /// <summary>
    /// Runs every check, reporting each result as it comes. The key-reference checks of one table are screened in a
    /// single pass over its rows (<see cref="ScreenSql"/>) when the first of them comes up: a check the screen clears
    /// is passed without its own query, one it does not is run as usual for its count and sample. Scanning a fact once
    /// instead of once per key is what counts inside a load, where the fact's rows are the run's own, not yet committed.
    /// </summary>
    public IReadOnlyList<CheckResult> RunAll(IEnumerable<DataCheck> checks, Action<CheckResult>? onResult = null)
    {
        var list = checks.ToList();
        var screens = list.Where(c => c.Reference is not null)
            .GroupBy(c => c.Reference!.Rows, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var cleared = new Dictionary<DataCheck, TimeSpan>(ReferenceEqualityComparer.Instance);
        var results = new List<CheckResult>();
        foreach (var check in list)
        {
            if (check.Reference is { } reference && screens.Remove(reference.Rows, out var group))
                Screen(group, cleared);
            var result = cleared.TryGetValue(check, out var elapsed) ? new CheckResult(check, 0, [], elapsed) : Run(check);
            onResult?.Invoke(result);
            results.Add(result);
        }
        return results;
    }

    /// <summary>
    /// One pass over the rows the references share, with a left join to the distinct keys of each dimension: per
    /// reference, how many rows name a key the dimension lacks (zero exactly when the check finds nothing).
    /// </summary>
    internal static string ScreenSql(IReadOnlyList<KeyReference> references) =>
        "select\n" +
        string.Join(",\n", references.Select((r, i) => $"    count(case when t.{r.Column} is not null and d{i}.k is null then 1 end) as orphans{i}")) +
        $"\nfrom {references[0].Rows} t\n" +
        string.Join("\n", references.Select((r, i) => $"left join (select distinct {r.DimensionKey} as k from {r.Dimension}) d{i} on d{i}.k = t.{r.Column}"));

    /// <summary>Screens the key checks of one table; those it clears go into <paramref name="cleared"/> with a share of its time.</summary>
    private void Screen(IReadOnlyList<DataCheck> group, Dictionary<DataCheck, TimeSpan> cleared)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var orphans = Orphans(group.Select(c => c.Reference!).ToList());
        var share = watch.Elapsed / group.Count;
        for (var i = 0; i < group.Count; i++)
            if (orphans[i] == 0) cleared[group[i]] = share;
    }

    private long[] Orphans(IReadOnlyList<KeyReference> references)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Migrations.WarehouseScripts.Substitute(ScreenSql(references), sqlVariables);
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        using var reader = command.ExecuteReader();
        reader.Read();
        return references.Select((_, i) => Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }
}
