using System.Data.Common;
using System.Globalization;
using CsWarehouse.Etl.Kpi;
using Dapper;

namespace CsWarehouse.Etl.PowerBi.Verify;

/// <summary>The months the comparison covers: from the first to the last month with rows in any fact the model reads — what the model shows with no date picked.</summary>
internal sealed record VerifyRange(int From, int To)
{
    public static VerifyRange? Of(DbConnection connection)
    {
        int? from = null, to = null;
        foreach (var source in KpiSource.All)
        {
            if (connection.ExecuteScalar<long>(KpiQueries.ViewExists(source.View)) == 0) continue;
            var range = (IDictionary<string, object?>)connection.QuerySingle(KpiQueries.MonthRange(source));
            if (range["first_month"] is { } lo) from = Math.Min(from ?? int.MaxValue, Convert.ToInt32(lo, CultureInfo.InvariantCulture));
            if (range["last_month"] is { } hi) to = Math.Max(to ?? int.MinValue, Convert.ToInt32(hi, CultureInfo.InvariantCulture));
        }
        return from is { } f && to is { } t ? new VerifyRange(f, t) : null;
    }

    public bool Contains(int month) => month >= From && month <= To;

    public IEnumerable<int> Months()
    {
        for (var m = new DateOnly(From / 100, From % 100, 1); m <= new DateOnly(To / 100, To % 100, 1); m = m.AddMonths(1))
            yield return m.Year * 100 + m.Month;
    }

    public static int Shift(int month, int by)
    {
        var d = new DateOnly(month / 100, month % 100, 1).AddMonths(by);
        return d.Year * 100 + d.Month;
    }
}
