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
        foreach (IDictionary<string, object?> row in connection.Query(sql, transaction: transaction, buffered: false, commandTimeout: 0))
        {
            if (count++ < SampleSize) sample.Add(new Dictionary<string, object?>(row, StringComparer.Ordinal));
        }
        return new CheckResult(check, count, sample, watch.Elapsed);
    }

    public IReadOnlyList<CheckResult> RunAll(IEnumerable<DataCheck> checks, Action<CheckResult>? onResult = null)
    {
        var results = new List<CheckResult>();
        foreach (var check in checks)
        {
            var result = Run(check);
            onResult?.Invoke(result);
            results.Add(result);
        }
        return results;
    }
}
