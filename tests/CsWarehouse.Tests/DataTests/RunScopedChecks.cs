using System.Text.RegularExpressions;
using CsWarehouse.Etl.Checks;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Migrations;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.DataTests;

/// <summary>
/// The data tests a load runs before it commits look, where that gives the same verdict, at the rows the run wrote
/// only: a check that judges each row of a run-stamped fact on its own, while nothing else it reads changed.
/// </summary>
public sealed partial class RunScopeRules
{
    private static readonly HashSet<string> NothingChanged = new(StringComparer.Ordinal) { "dw.fact_ticket" };

    private static DataCheck File(string name) =>
        WarehouseScripts.DataTests.Select(s => new DataCheck(s.FileName[..^4], "", s.Text)).Single(c => c.Name == name);

    [Fact]
    public void A_row_by_row_check_on_a_fact_is_narrowed_to_the_runs_rows()
    {
        var check = File("fact_ticket_agent_version_not_valid_on_created_date");
        var scoped = check.ScopedToRun(42, NothingChanged);

        Assert.Contains("from (select * from dw.fact_ticket where run_id = 42) t", scoped.Sql);
        Assert.Contains("join dw.dim_agent a on a.agent_key = t.agent_key", scoped.Sql);
        Assert.Equal(check.Name, scoped.Name);
    }

    [Fact]
    public void A_check_reading_a_table_the_run_changed_besides_the_fact_is_left_whole()
    {
        var check = File("fact_ticket_agent_version_not_valid_on_created_date");
        var agentsChanged = new HashSet<string>(NothingChanged, StringComparer.Ordinal) { "dw.dim_agent" };

        Assert.Same(check, check.ScopedToRun(42, agentsChanged));
    }

    [Fact]
    public void A_narrowed_key_reference_check_screens_the_same_rows_it_reads()
    {
        var check = GeneratedChecks.From(new Dictionary<string, IReadOnlyList<string>>
        {
            ["dim_agent"] = ["agent_key", "agent_id"],
            ["fact_ticket"] = ["ticket_id", "agent_key", "run_id"],
        }).Single(c => c.Name == "fact_ticket_orphan_agent_key");

        var scoped = check.ScopedToRun(42, NothingChanged);

        Assert.Equal(new KeyReference("dw.fact_ticket", "agent_key", "dw.dim_agent", "agent_key"), check.Reference);
        Assert.Equal("(select * from dw.fact_ticket where run_id = 42)", scoped.Reference!.Rows);
        Assert.Contains("from " + scoped.Reference.Rows + " t", scoped.Sql);
    }

    [Theory]
    [InlineData("mrr_bridge_does_not_balance")]
    [InlineData("fact_customer_mrr_duplicate_customer_month")]
    [InlineData("fact_agent_shift_duplicate_agent_day")]
    [InlineData("dim_agent_overlapping_validity")]
    public void A_check_over_several_rows_or_no_stamped_fact_is_left_whole(string name)
    {
        var check = File(name);

        Assert.Same(check, check.ScopedToRun(42, new HashSet<string>(StringComparer.Ordinal)));
    }

    [Fact]
    public void A_fact_read_twice_or_after_another_table_is_left_whole()
    {
        var twice = new DataCheck("twice", "", "select t.ticket_id from dw.fact_ticket t where exists (select 1 from dw.fact_ticket u where u.ticket_id = t.ticket_id and u.created_at > t.created_at)");
        var second = new DataCheck("second", "", "select d.date_key from dw.dim_date d left join dw.fact_ticket t on t.created_date_key = d.date_key where t.ticket_id is null");
        var noAlias = new DataCheck("no_alias", "", "select ticket_id from dw.fact_ticket where contacts < 0");

        Assert.Same(twice, twice.ScopedToRun(42, NothingChanged));
        Assert.Same(second, second.ScopedToRun(42, NothingChanged));
        Assert.Same(noAlias, noAlias.ScopedToRun(42, NothingChanged));
    }

    /// <summary>A narrowed check is only as sound as the stamp: every fill statement writing a stamped table sets it.</summary>
    [Fact]
    public void Every_fill_statement_that_writes_a_run_stamped_table_sets_its_run_id()
    {
        var writes = 0;
        var unstamped = new List<string>();
        foreach (var script in WarehouseScripts.Conform)
        {
            foreach (var statement in WarehouseScripts.Statements(script.Text))
            {
                var code = Regex.Replace(statement, "--[^\n]*", "");
                foreach (Match write in Write().Matches(code))
                {
                    if (!DataCheck.RunStampedTables.Contains(write.Groups[1].Value)) continue;
                    writes++;
                    if (!code.Contains("run_id", StringComparison.Ordinal)) unstamped.Add($"{script.FileName}: {write.Value}");
                }
            }
        }

        Assert.True(writes >= 11, $"only {writes} writes of stamped tables found: the scan lost some");
        Assert.True(unstamped.Count == 0, "Writes without run_id:\n" + string.Join("\n", unstamped));
    }

    [GeneratedRegex(@"(?:insert into|update) (dw\.\w+)")]
    private static partial Regex Write();
}

/// <summary>On a real warehouse: the narrowed check finds a broken row of its run and passes over an older one.</summary>
public abstract class RunScopedCheckBehaviour
{
    protected abstract EngineKind Engine { get; }

    [SkippableFact]
    public void A_narrowed_check_finds_the_runs_broken_row_and_the_whole_check_finds_both()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        DataTestDataset.LoadInto(warehouse);
        using var engine = WarehouseEngines.Open(warehouse.Target);
        var stamps = engine.Connection.Query<long?>("select distinct run_id from dw.fact_ticket").ToList();
        Assert.DoesNotContain(null, stamps);
        var latest = stamps.Max()!.Value;
        engine.Connection.Execute("update dw.fact_ticket set is_unresolved = 1 - is_unresolved where ticket_id in ('T1', 'T2')");
        engine.Connection.Execute($"update dw.fact_ticket set run_id = {latest + 1} where ticket_id = 'T2'");
        engine.Connection.Execute($"update dw.fact_ticket set run_id = {latest} where ticket_id = 'T1'");
        var check = DataChecks.All(engine.Connection).Single(c => c.Name == "fact_ticket_resolved_flags_inconsistent");
        var runner = new CheckRunner(engine.Connection, engine.SqlVariables);

        var narrowed = runner.Run(check.ScopedToRun((int)latest + 1, new HashSet<string>(StringComparer.Ordinal) { "dw.fact_ticket" }));
        var whole = runner.Run(check);

        Assert.NotSame(check, narrowed.Check);
        Assert.Equal(["T2"], narrowed.Sample.Select(r => (string)r["ticket_id"]!));
        Assert.Equal(["T1", "T2"], whole.Sample.Select(r => (string)r["ticket_id"]!).Order(StringComparer.Ordinal));
    }
}

public sealed class DuckDbRunScopedCheckBehaviour : RunScopedCheckBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresRunScopedCheckBehaviour : RunScopedCheckBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}

/// <summary>
/// A small load's statistics still describe the facts before it, so PostgreSQL expects one row of the new run and,
/// left to itself, joins the run's rows to a dimension by reading the dimension once per row. The load's data tests
/// run with nested loops set aside.
/// </summary>
public sealed class PostgresRunScopedCheckPlans
{
    [SkippableFact]
    public void A_narrowed_check_on_a_run_the_statistics_have_not_seen_joins_by_hash()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        using var engine = warehouse.Open();
        engine.Connection.Execute("""
            insert into dw.dim_customer (customer_key, customer_id, is_inferred)
            select n, 'C' || n, 0 from generate_series(1, 20000) n;
            insert into dw.fact_ticket (ticket_id, created_at, created_date_key, created_hour, channel_key, customer_key,
                has_first_response, is_resolved, is_unresolved, is_resolved_first_contact, is_resolved_contact_1,
                is_resolved_contact_2, is_resolved_contact_3plus, run_id)
            select 'T' || n, timestamp '2026-03-01 09:00:00', 20260301, 9, 1, 1 + n % 20000, 0, 0, 1, 0, 0, 0, 0, 1
            from generate_series(1, 50000) n;
            analyze dw.dim_customer;
            analyze dw.fact_ticket;
            insert into dw.fact_ticket (ticket_id, created_at, created_date_key, created_hour, channel_key, customer_key,
                has_first_response, is_resolved, is_unresolved, is_resolved_first_contact, is_resolved_contact_1,
                is_resolved_contact_2, is_resolved_contact_3plus, run_id)
            select 'N' || n, timestamp '2026-03-02 09:00:00', 20260302, 9, 1, 1 + n % 20000, 0, 0, 1, 0, 0, 0, 0, 2
            from generate_series(1, 5000) n;
            """);
        var check = DataChecks.All(engine.Connection).Single(c => c.Name == "fact_ticket_orphan_customer_key")
            .ScopedToRun(2, new HashSet<string>(StringComparer.Ordinal) { "dw.fact_ticket" });
        string Plan(System.Data.Common.DbTransaction tx) => string.Join("\n",
            engine.Connection.Query<string>("explain " + WarehouseScripts.Substitute(check.Sql, engine.SqlVariables), transaction: tx));

        using var tx = engine.Connection.BeginTransaction();
        var unprepared = Plan(tx);
        engine.BeforeDataTests(tx);
        var prepared = Plan(tx);

        Assert.Contains("run_id = 2", check.Sql);
        Assert.Contains("Nested Loop", unprepared); // the trap is real at these sizes
        Assert.DoesNotContain("Nested Loop", prepared);
    }
}
