using System.Data.Common;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Engines.DuckDb;
using CsWarehouse.Etl.Loading;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.Engines;

/// <summary>
/// On DuckDB a run stages into temporary tables of its own session, twins of the <c>stg</c> tables: appended to a
/// table of the file, the staged rows were written out to the file, compressed, inside the open transaction, only to
/// be emptied before the commit.
/// </summary>
public sealed class DuckDbStagingTests
{
    [Fact]
    public void Every_stg_table_gets_an_empty_temporary_twin_with_its_columns_types_defaults_and_not_nulls()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var engine = warehouse.Open();
        using var tx = engine.Connection.BeginTransaction();

        engine.ReadyStaging(tx);

        var inFile = Columns(engine, tx, DuckDbEngine.Catalog, "stg");
        var temporary = Columns(engine, tx, "temp", "main");
        Assert.Contains(inFile, c => c.Table == "ticket_message");
        Assert.Equal(inFile.Select(c => c with { Table = "stg_" + c.Table }).ToList(), temporary);
        Assert.Equal(0, engine.Connection.ExecuteScalar<long>(engine.OnStaging("select count(*) from stg.ticket_message"), transaction: tx));
    }

    [Fact]
    public void Staged_rows_go_to_the_temporary_twin_and_the_next_run_starts_with_it_empty()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var engine = warehouse.Open();
        using var tx = engine.Connection.BeginTransaction();
        engine.ReadyStaging(tx);

        RunTables.Write(engine, tx, RunTables.LoadContext, [[7, 20260301, new DateTime(2026, 3, 1, 9, 0, 0), "USD"]]);

        Assert.Equal(7, engine.Connection.ExecuteScalar<int>(engine.OnStaging("select run_id from stg.load_context"), transaction: tx));
        Assert.Equal(0, engine.Connection.ExecuteScalar<long>("select count(*) from stg.load_context", transaction: tx));
        engine.ReadyStaging(tx);
        Assert.Equal(0, engine.Connection.ExecuteScalar<long>(engine.OnStaging("select count(*) from stg.load_context"), transaction: tx));
    }

    [Fact]
    public void A_load_conforms_what_it_staged_in_the_twins_and_leaves_them_empty()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var folder = new ExportFolder().With("tickets.csv", """
            ticket_id,created_at,channel,contacts
            T1,2026-03-01T09:00:00Z,email,1
            T2,2026-03-02T10:00:00Z,chat,1
            """);
        using var engine = warehouse.Open();

        var outcome = new LoadRunner(engine, SilentRunLog.Instance).Run(new LoadRequest(folder.Path, new LoadSettings()));

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(2L, engine.Connection.ExecuteScalar<long>("select count(*) from dw.fact_ticket"));
        Assert.Equal(0L, engine.Connection.ExecuteScalar<long>(engine.OnStaging("select count(*) from stg.ticket")));
    }

    [Fact]
    public void Rows_an_older_version_left_in_the_files_stg_tables_are_removed_by_the_next_run()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var engine = warehouse.Open();
        engine.Connection.Execute("insert into stg.load_context (run_id, as_of_date_key, loaded_at) values (1, 20260301, timestamp '2026-03-01 09:00:00')");

        using (var tx = engine.Connection.BeginTransaction())
        {
            engine.ReadyStaging(tx);
            tx.Commit();
        }

        Assert.Equal(0L, engine.Connection.ExecuteScalar<long>("select count(*) from stg.load_context"));
    }

    [Fact]
    public void Statements_name_the_twins_for_stg_tables_and_leave_every_other_name_alone()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.DuckDb);
        using var engine = warehouse.Open();

        var sql = engine.OnStaging(
            "insert into stg.ticket_message_work select s.* from stg.ticket_message s join dw.stg_notes n on n.id = s.id " +
            "where s.note <> 'xstg.y'");

        Assert.Equal(
            "insert into temp.main.stg_ticket_message_work select s.* from temp.main.stg_ticket_message s join dw.stg_notes n on n.id = s.id " +
            "where s.note <> 'xstg.y'", sql);
    }

    [SkippableFact]
    public void Other_engines_run_staging_statements_as_written()
    {
        using var warehouse = TestWarehouse.Create(EngineKind.Postgres);
        using var engine = warehouse.Open();

        Assert.Equal("delete from stg.ticket where 1 = 0", engine.OnStaging("delete from stg.ticket where 1 = 0"));
    }

    private static List<(string Table, string Column, string Type, string? Default, string Nullable)> Columns(
        IWarehouseEngine engine, DbTransaction tx, string catalog, string schema) =>
        engine.Connection.Query<(string, string, string, string?, string)>(
            "select table_name, column_name, data_type, column_default, is_nullable from information_schema.columns " +
            $"where table_catalog = '{catalog}' and table_schema = '{schema}' order by table_name, ordinal_position",
            transaction: tx).ToList();
}
