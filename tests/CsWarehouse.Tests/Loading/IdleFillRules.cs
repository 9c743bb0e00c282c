using System.Text.RegularExpressions;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Loading;
using CsWarehouse.Etl.Migrations;
using CsWarehouse.Etl.Reading;
using CsWarehouse.Tests.Generate;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.Loading;

/// <summary>
/// A load skips a fill while every staging table its header names ("-- Nothing to do unless rows are in: ...") is
/// empty. That is only right if the header names every staging table the fill reads, and if, with them empty, the
/// fill changes nothing whatever the as-of date: these tests hold each header to both.
/// </summary>
public sealed partial class IdleFillRules
{
    public static TheoryData<string> FillsThatMayBeSkipped() =>
        new(WarehouseScripts.Conform.Where(s => s.WorksFrom.Count > 0).Select(s => s.FileName));

    [Fact]
    public void Most_fills_may_be_skipped_and_the_one_that_follows_the_as_of_date_may_not()
    {
        var never = WarehouseScripts.Conform.Where(s => s.WorksFrom.Count == 0).Select(s => s.FileName).ToList();

        Assert.Equal(["0346_mrr_customer_horizon.fill.sql"], never);
        Assert.True(FillsThatMayBeSkipped().Count >= 20, "the header line is no longer recognised");
    }

    /// <summary>
    /// A work table the fill fills is no input of it while no earlier fill fills it too: the rows it finds there are
    /// its own. One an earlier fill may have filled (stg.mrr_customer, after 0270) must be named like a staged one.
    /// </summary>
    [Theory]
    [MemberData(nameof(FillsThatMayBeSkipped))]
    public void A_fill_names_every_staging_table_it_reads_but_the_load_context_and_the_work_tables_only_it_fills(string fill)
    {
        var (script, filledBefore) = InOrder(fill);
        var sql = WithoutComments(script.Text);
        var ownWork = Written(sql).Where(t => !filledBefore.Contains(t)).ToHashSet(StringComparer.Ordinal);
        var read = StagingTable().Matches(sql).Select(m => m.Value)
            .Where(t => t != "stg.load_context" && !ownWork.Contains(t))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(read.Order(StringComparer.Ordinal), script.WorksFrom.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(FillsThatMayBeSkipped))]
    public void A_fill_that_may_be_skipped_empties_no_work_table_an_earlier_fill_has_filled(string fill)
    {
        var (script, filledBefore) = InOrder(fill);
        var emptied = Emptied().Matches(WithoutComments(script.Text)).Select(m => m.Groups[1].Value);

        // Skipped, it would leave the earlier fill's rows in the table for the fills after it.
        Assert.DoesNotContain(emptied, filledBefore.Contains);
    }

    /// <summary>No SQL Server runs here: the question a load asks before a fill's turn is held to Microsoft's T-SQL parser.</summary>
    [Fact]
    public void The_question_asked_before_a_fill_parses_as_TSql()
    {
        var (_, errors) = Portability.TSql.Parse(Conformer.AnyRowsIn(["stg.call", "stg.fx_rate"]));

        Assert.True(errors.Count == 0, Portability.TSql.Describe(errors));
    }

    private static string WithoutComments(string sql) =>
        string.Join("\n", sql.Split('\n').Select(l => l.Contains("--", StringComparison.Ordinal) ? l[..l.IndexOf("--", StringComparison.Ordinal)] : l));

    /// <summary>The fill, and the staging tables the fills before it in a run write.</summary>
    private static (WarehouseScripts.Script Fill, HashSet<string> FilledBefore) InOrder(string fill)
    {
        var fills = WarehouseScripts.Conform.ToList();
        var index = fills.FindIndex(s => s.FileName == fill);
        return (fills[index], fills.Take(index).SelectMany(s => Written(WithoutComments(s.Text))).ToHashSet(StringComparer.Ordinal));
    }

    private static HashSet<string> Written(string sql) =>
        StagingWrite().Matches(sql).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\bstg\.\w+")]
    private static partial Regex StagingTable();

    [GeneratedRegex(@"(?:insert into|update|delete from|truncate table) (stg\.\w+)")]
    private static partial Regex StagingWrite();

    [GeneratedRegex(@"(?:delete from|truncate table) (stg\.\w+)")]
    private static partial Regex Emptied();
}

/// <summary>
/// On a warehouse with a few months loaded and a snapshot history kept, nothing staged and the as-of date moved back
/// or forward: every fill that may be skipped changes no row, while the fill that follows the as-of date does find
/// work (so the moved date is one a fill could act on).
/// </summary>
public abstract class IdleFillChecks
{
    protected abstract EngineKind Engine { get; }

    [SkippableTheory]
    [InlineData(2025, 2, 14)] // back into the loaded months
    [InlineData(2025, 9, 30)] // months past the last loaded day
    public void With_nothing_staged_a_fill_that_may_be_skipped_changes_no_row(int year, int month, int day)
    {
        using var export = GeneratedFolder.Generate(seed: 17, customers: 80, months: 4);
        using var warehouse = TestWarehouse.Create(Engine);
        var settings = new LoadSettings { AsOf = export.Options.LastDay };
        Assert.True(warehouse.Load(export.Dir, settings).Succeeded);
        // A snapshot history too, for the fills that follow it: one subscription still open, one ended.
        var customers = export.Rows("customers.csv").Select(r => r["customer_id"]).ToList();
        using var snapshot = new ExportFolder().With("subscription_snapshots.csv", $"""
            subscription_id,customer_id,status,currency,mrr,started_on,ended_on
            SNAP-1,{customers[0]},active,usd,49,2025-02-01,
            SNAP-2,{customers[1]},canceled,usd,20,2025-01-10,2025-03-10
            """);
        var loaded = warehouse.Load(snapshot.Path, settings);
        Assert.True(loaded.Succeeded && loaded.RowsRejected == 0, loaded.Message ?? string.Join("\n", loaded.Rejections));

        using var engine = warehouse.Open();
        using var tx = engine.Connection.BeginTransaction();
        Assert.Equal(2L, engine.Connection.ExecuteScalar<long>("select count(*) from dw.subscription_snapshot_state", transaction: tx));
        engine.ReadyStaging(tx);
        var asOf = new DateOnly(year, month, day);
        RunTables.Write(engine, tx, RunTables.LoadContext, [[loaded.RunId + 1, LoadContext.DateKey(asOf), RunRecorder.Now(), "USD"]]);
        var fills = WarehouseScripts.Conform.ToList();
        Assert.All(fills.SelectMany(s => s.WorksFrom).Distinct(), table =>
            Assert.Equal(0L, engine.Connection.ExecuteScalar<long>(engine.OnStaging($"select count(*) from {table}"), transaction: tx)));

        long RowsChanged(WarehouseScripts.Script fill) =>
            WarehouseScripts.Statements(WarehouseScripts.Substitute(fill.Text, engine.SqlVariables))
                .Sum(statement => (long)Math.Max(0, engine.Connection.Execute(engine.OnStaging(statement), transaction: tx)));

        var changed = fills.Where(f => f.WorksFrom.Count > 0).Select(f => (f.FileName, Rows: RowsChanged(f))).ToList();
        Assert.All(changed, c => Assert.True(c.Rows == 0, $"{c.FileName} changed {c.Rows} rows with nothing staged"));
        Assert.True(RowsChanged(fills.Single(f => f.WorksFrom.Count == 0)) > 0,
            "the moved as-of date gave the MRR horizon fill nothing to do: the check above proves little");
        tx.Rollback();
    }
}

public sealed class DuckDbIdleFillChecks : IdleFillChecks
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresIdleFillChecks : IdleFillChecks
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
