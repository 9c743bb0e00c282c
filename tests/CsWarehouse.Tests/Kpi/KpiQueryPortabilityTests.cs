using CsWarehouse.Etl.Kpi;
using CsWarehouse.Tests.Portability;

namespace CsWarehouse.Tests.Kpi;

/// <summary>The SQL <c>cswh kpi</c> sends is one text for every engine too: it parses as T-SQL and passes the portability scan.</summary>
public sealed class KpiQueryPortabilityTests
{
    public static TheoryData<string> Queries()
    {
        var data = new TheoryData<string>();
        foreach (var source in KpiSource.All)
        {
            data.Add(KpiQueries.ViewExists(source.View));
            data.Add(KpiQueries.MonthRange(source));
            foreach (var slice in source.Slices) data.Add(KpiQueries.Components(source, slice, 202601, 202603));
        }
        data.Add(KpiQueries.AgentNames);
        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Calculator_query_is_portable_sql_that_parses_as_TSql(string sql)
    {
        var (_, errors) = TSql.Parse(sql);

        Assert.True(errors.Count == 0, $"{sql}\n{TSql.Describe(errors)}");
        Assert.Empty(PortableSql.Scan(sql));
        Assert.Empty(PortableSql.ScanDivisions(sql));
    }
}
