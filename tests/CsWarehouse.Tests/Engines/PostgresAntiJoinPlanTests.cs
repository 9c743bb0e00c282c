using System.Text.RegularExpressions;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Migrations;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.Engines;

/// <summary>
/// "x not in (select ...)" is planned by PostgreSQL as a hashed subplan only while the ids fit in work_mem; past that
/// it probes the subquery once per outer row and a re-load runs for hours. Every conform statement is explained with
/// a tiny work_mem over enough rows to overflow it: none may filter through a subplan.
/// </summary>
public sealed partial class PostgresAntiJoinPlanTests
{
    private const int Messages = 50_000;

    [SkippableFact]
    public void No_conform_statement_filters_row_by_row_through_a_subplan_when_work_mem_is_small()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        using var engine = warehouse.Open();
        engine.Connection.Execute($"""
            insert into stg.ticket_message (line_number, message_id, ticket_id, sent_at, sent_date_key, sent_hour, author, sent_epoch)
            select n, 'M' || n, 'T' || (n / 4), timestamp '2026-03-01 09:00:00', 20260301, 9, 'customer', n
            from generate_series(1, {Messages}) n;
            insert into dw.fact_ticket_message (message_id, ticket_id, sent_at, sent_date_key, sent_hour, sent_epoch, author, is_agent)
            select 'M' || n, 'T' || (n / 4), timestamp '2026-03-01 09:00:00', 20260301, 9, n, 'customer', 0
            from generate_series(1, {Messages}) n;
            analyze stg.ticket_message;
            analyze dw.fact_ticket_message;
            set work_mem = '64kB';
            """);

        var explained = 0;
        var rowByRow = new List<string>();
        foreach (var script in WarehouseScripts.Conform)
        {
            foreach (var statement in Statements(WarehouseScripts.Substitute(script.Text, engine.SqlVariables)))
            {
                var plan = string.Join("\n", engine.Connection.Query<string>("explain " + statement));
                explained++;
                if (NegatedSubPlan().IsMatch(plan))
                    rowByRow.Add($"{script.FileName}: {statement[..Math.Min(statement.Length, 120)]}...\n{plan}");
            }
        }

        Assert.True(explained >= 20, $"only {explained} statements were explained: the splitter lost some");
        Assert.True(rowByRow.Count == 0, "Planned with a negated subplan:\n" + string.Join("\n\n", rowByRow));
    }

    /// <summary>
    /// The rules a load applies to staged rows (older than the warehouse, overlapping periods) read other rows of
    /// the same size: each must be a join, never a subplan probed once per staged row.
    /// </summary>
    [SkippableFact]
    public void No_staged_row_rule_is_planned_as_a_subplan_when_work_mem_is_small()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        using var engine = warehouse.Open();
        engine.Connection.Execute($"""
            insert into stg.load_context (run_id, as_of_date_key, loaded_at, reporting_currency) values (1, 20260315, timestamp '2026-03-15 00:00:00', 'USD');
            insert into stg.subscription (line_number, subscription_id, customer_id, plan_id, mrr, currency, started_on, ended_on, rate_month_key)
            select n, 'S' || (n / 2), 'C' || (n / 2), 'P1', 10, 'USD', date '2025-01-01' + (n % 2) * 90, null, 202501 + (n % 2) * 3
            from generate_series(1, {Messages}) n;
            insert into dw.subscription_period (subscription_id, started_on, ended_on, customer_id, plan_id, mrr, currency, fx_rate, reporting_mrr, run_id)
            select 'S' || n, date '2024-01-01', date '2024-12-31', 'C' || n, 'P1', 10, 'USD', 1, 10, 1
            from generate_series(1, {Messages}) n;
            analyze stg.subscription;
            analyze dw.subscription_period;
            set work_mem = '64kB';
            """);

        var subPlans = new List<string>();
        foreach (var (export, rule) in Etl.Loading.StagedRowRule.All)
        {
            foreach (var statement in new[] { Etl.Loading.StagingSql.RowsBreaking(export, rule), Etl.Loading.StagingSql.DeleteBreaking(export, rule) })
            {
                var plan = string.Join("\n", engine.Connection.Query<string>("explain " + statement));
                if (plan.Contains("SubPlan", StringComparison.Ordinal)) subPlans.Add($"{statement}\n{plan}");
            }
        }

        Assert.True(Etl.Loading.StagedRowRule.All.Count() >= 4, "the rules were not all found");
        Assert.True(subPlans.Count == 0, "Planned with a subplan:\n" + string.Join("\n\n", subPlans));
    }

    /// <summary>The planner really does fall back at this work_mem: the old shape is caught by the same check.</summary>
    [SkippableFact]
    public void The_check_catches_not_in_under_the_same_setting()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        using var engine = warehouse.Open();
        engine.Connection.Execute($"""
            insert into stg.ticket_message (line_number, message_id, ticket_id, sent_at, sent_date_key, sent_hour, author, sent_epoch)
            select n, 'M' || n, 'T' || (n / 4), timestamp '2026-03-01 09:00:00', 20260301, 9, 'customer', n
            from generate_series(1, {Messages}) n;
            analyze stg.ticket_message;
            set work_mem = '64kB';
            """);

        var plan = string.Join("\n", engine.Connection.Query<string>(
            "explain select * from dw.fact_ticket_message f where f.message_id not in (select message_id from stg.ticket_message)"));

        Assert.Matches(NegatedSubPlan(), plan);
    }

    /// <summary>The explainable statements of a script: truncates cannot be explained.</summary>
    private static IEnumerable<string> Statements(string sql) =>
        WarehouseScripts.Statements(sql).Where(s => !Truncate().IsMatch(s));

    [GeneratedRegex(@"(?m)^\s*truncate ")]
    private static partial Regex Truncate();

    [GeneratedRegex(@"NOT \((hashed )?SubPlan")]
    private static partial Regex NegatedSubPlan();
}
