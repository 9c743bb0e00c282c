using CsWarehouse.Etl.Configuration;
using CsWarehouse.Generator;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Generate;

/// <summary>
/// A generated dataset, loaded for real, shows the behaviours it was designed with: proof it is not noise.
/// One dataset is generated and loaded once for the whole class.
/// </summary>
public sealed class GeneratedDataInWarehouseTests(GeneratedDataInWarehouseTests.LoadedDataset dataset)
    : IClassFixture<GeneratedDataInWarehouseTests.LoadedDataset>
{
    public sealed class LoadedDataset : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("cswh-generated-").FullName;

        public LoadedDataset()
        {
            ExportGenerator.Run(new GeneratorOptions(_folder, Seed: 11, Customers: 1500, Months: 12));
            Warehouse = TestWarehouse.Create(EngineKind.DuckDb);
            var outcome = Warehouse.Load(_folder, new LoadSettings
            {
                SourceTimeZone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--source-tz"),
                ReportingTimeZone = LoadSettings.FindTimeZone("Asia/Ho_Chi_Minh", "--reporting-tz"),
            });
            if (!outcome.Succeeded || outcome.RowsRejected > 0)
                throw new InvalidOperationException($"clean generated data should load whole: {outcome.Message}, {outcome.RowsRejected} rejected");
        }

        public TestWarehouse Warehouse { get; }

        public void Dispose()
        {
            Warehouse.Dispose();
            Directory.Delete(_folder, recursive: true);
        }
    }

    private List<IDictionary<string, object?>> Query(string sql) => WarehouseSnapshot.Query(dataset.Warehouse.Target, sql);

    [Fact]
    public void The_best_agents_first_contact_resolution_is_well_above_the_worst()
    {
        var rates = Query("""
            select a.agent_id, cast(sum(t.is_resolved_first_contact) as bigint) as fcr, cast(sum(t.is_resolved) as bigint) as resolved
            from dw.fact_ticket t join dw.dim_agent a on a.agent_key = t.agent_key
            group by a.agent_id
            """)
            .Where(r => Convert.ToInt64(r["resolved"]) >= 100)
            .Select(r => Convert.ToDouble(r["fcr"]) / Convert.ToDouble(r["resolved"]))
            .ToList();

        Assert.True(rates.Count >= 5, "expected several agents with enough tickets");
        Assert.True(rates.Max() - rates.Min() > 0.3, $"FCR spread between agents is only {rates.Max() - rates.Min():P0}");
    }

    [Fact]
    public void Calls_are_abandoned_more_often_in_the_hours_with_longer_waits()
    {
        var hours = Query("""
            select started_hour, cast(sum(is_abandoned) as bigint) as abandoned, cast(sum(is_inbound) as bigint) as offered,
                   cast(sum(case when is_answered = 1 then wait_seconds else 0 end) as bigint) as wait, cast(sum(is_answered) as bigint) as answered
            from dw.fact_call where is_inbound = 1
            group by started_hour
            """)
            .Where(r => Convert.ToInt64(r["answered"]) >= 50)
            .Select(r => (Wait: Convert.ToDouble(r["wait"]) / Convert.ToDouble(r["answered"]),
                          Abandon: Convert.ToDouble(r["abandoned"]) / Convert.ToDouble(r["offered"])))
            .OrderBy(h => h.Wait)
            .ToList();

        var third = hours.Count / 3;
        Assert.True(third >= 2, "expected enough busy hours");
        var shortWaits = hours.Take(third).Average(h => h.Abandon);
        var longWaits = hours.TakeLast(third).Average(h => h.Abandon);
        Assert.True(longWaits > 1.5 * shortWaits, $"abandon rate {longWaits:P1} in long-wait hours vs {shortWaits:P1} in short-wait hours");
    }

    [Fact]
    public void Customers_who_churned_had_lower_satisfaction_than_those_who_stayed()
    {
        var groups = Query("""
            with churned as (
                select distinct customer_key from dw.fact_customer_mrr where movement = 'churn'
            )
            select case when c.customer_key is null then 'stayed' else 'churned' end as outcome,
                   avg(cast(s.score_scaled as decimal(9, 3))) as csat
            from dw.fact_survey_response s
            left join churned c on c.customer_key = s.customer_key
            where s.survey_type = 'csat'
            group by case when c.customer_key is null then 'stayed' else 'churned' end
            """).ToDictionary(r => (string)r["outcome"]!, r => Convert.ToDouble(r["csat"]));

        Assert.True(groups["churned"] < groups["stayed"] - 0.1,
            $"average csat {groups["churned"]:0.00} for churned vs {groups["stayed"]:0.00} for retained customers");
    }

    [Fact]
    public void Tickets_needing_more_contacts_take_longer_to_resolve()
    {
        var byContacts = Query("""
            select case when contacts >= 3 then 3 else contacts end as bucket, avg(cast(resolution_seconds as decimal(18, 2))) as seconds
            from dw.fact_ticket where is_resolved = 1
            group by case when contacts >= 3 then 3 else contacts end
            """).ToDictionary(r => Convert.ToInt32(r["bucket"]), r => Convert.ToDouble(r["seconds"]));

        Assert.True(byContacts[1] < byContacts[2] && byContacts[2] < byContacts[3], string.Join(", ", byContacts));
    }
}
