using CsWarehouse.Etl.Migrations.DuckDb;
using DbUp;
using DbUp.Builder;
using DbUp.Engine;
using DbUp.Support;
using DuckDB.NET.Data;

namespace CsWarehouse.Tests.Migrations;

public sealed class DuckDbDbUpProviderTests : IDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "cswh-dbup-" + Guid.NewGuid().ToString("N"));
    readonly DuckDBConnection connection;

    public DuckDbDbUpProviderTests()
    {
        Directory.CreateDirectory(folder);
        connection = new DuckDBConnection($"Data Source={Path.Combine(folder, "warehouse.duckdb")}");
        connection.Open();
    }

    public void Dispose()
    {
        connection.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Runs_each_run_once_script_once_and_journals_it()
    {
        var scripts = new[]
        {
            new SqlScript("001_create.sql", "create table t (x integer);"),
            new SqlScript("002_insert.sql", "insert into t values (1);"),
        };
        Assert.Empty(Query<string>("select schema_name from information_schema.schemata where schema_name = 'etl'"));

        var first = Engine(scripts).PerformUpgrade();
        var second = Engine(scripts).PerformUpgrade();

        Assert.True(first.Successful, first.Error?.ToString());
        Assert.Equal(["001_create.sql", "002_insert.sql"], first.Scripts.Select(s => s.Name));
        Assert.True(second.Successful, second.Error?.ToString());
        Assert.Empty(second.Scripts);
        Assert.Equal([1], Query<int>("select x from t"));
        Assert.Equal(["001_create.sql", "002_insert.sql"],
            Query<string>("select script_name from etl.schema_version order by schema_version_id"));
        Assert.Equal([1, 2], Query<int>("select schema_version_id from etl.schema_version order by schema_version_id"));
        Assert.Equal(0, Query<long>("select count(*) from etl.schema_version where applied is null").Single());
    }

    [Fact]
    public void Reports_an_upgrade_as_required_until_new_scripts_are_journaled()
    {
        var scripts = new[] { new SqlScript("001_create.sql", "create table t (x integer);") };

        Assert.True(Engine(scripts).IsUpgradeRequired());
        Assert.True(Engine(scripts).PerformUpgrade().Successful);
        Assert.False(Engine(scripts).IsUpgradeRequired());
    }

    [Fact]
    public void Reruns_run_always_scripts_every_time()
    {
        var scripts = new[]
        {
            new SqlScript("001_create.sql", "create table runs (x integer);"),
            // A later run group, so it runs after the table it writes to exists.
            new SqlScript("refresh.sql", "insert into runs values (1);",
                new SqlScriptOptions { ScriptType = ScriptType.RunAlways, RunGroupOrder = DbUpDefaults.DefaultRunGroupOrder + 1 }),
        };

        for (var i = 0; i < 3; i++)
            Assert.True(Engine(scripts).PerformUpgrade().Successful);

        Assert.Equal(3, Query<long>("select count(*) from runs").Single());
        // dbup-core 6 no longer journals run-always scripts.
        Assert.Equal(["001_create.sql"], Query<string>("select script_name from etl.schema_version"));
    }

    [Fact]
    public void Rolls_back_a_failing_script_and_keeps_earlier_work_when_transaction_per_script()
    {
        var result = Engine(
            [
                new SqlScript("001_create.sql", "create table t (x integer); insert into t values (1);"),
                new SqlScript("002_broken.sql", "insert into t values (2); select * from no_such_table;"),
            ],
            b => b.WithTransactionPerScript()).PerformUpgrade();

        Assert.False(result.Successful);
        Assert.Equal("002_broken.sql", result.ErrorScript.Name);
        Assert.Equal([1], Query<int>("select x from t"));
        Assert.Equal(["001_create.sql"], Query<string>("select script_name from etl.schema_version"));
    }

    [Fact]
    public void Rolls_back_every_script_and_the_journal_when_single_transaction()
    {
        var result = Engine(
            [
                new SqlScript("001_create.sql", "create table t (x integer); insert into t values (1);"),
                new SqlScript("002_broken.sql", "select * from no_such_table;"),
            ],
            b => b.WithTransaction()).PerformUpgrade();

        Assert.False(result.Successful);
        Assert.Equal("002_broken.sql", result.ErrorScript.Name);
        Assert.Empty(Query<string>("select table_name from information_schema.tables where table_name in ('t', 'schema_version')"));
    }

    [Fact]
    public void Substitutes_variables()
    {
        var result = Engine(
            [new SqlScript("001_create.sql", "create table $table$ (x integer); insert into $table$ values ($value$);")],
            b => b.WithVariable("table", "substituted").WithVariable("value", "42")).PerformUpgrade();

        Assert.True(result.Successful, result.Error?.ToString());
        Assert.Equal([42], Query<int>("select x from substituted"));
    }

    [Fact]
    public void Multi_statement_script_runs_whole()
    {
        var result = Engine([new SqlScript("001_seed.sql", """
            create table words (w varchar);
            insert into words values ('semi;colon');
            insert into words values ('last');
            """)]).PerformUpgrade();

        Assert.True(result.Successful, result.Error?.ToString());
        Assert.Equal(["last", "semi;colon"], Query<string>("select w from words order by w"));
    }

    [Fact]
    public void Does_not_close_the_callers_connection()
    {
        // A temp table lives only on the connection that made it, so the script can only see it there.
        Execute("create temp table caller_marker (x integer)");
        var engine = Engine([new SqlScript("001_mark.sql", "insert into caller_marker values (7);")]);

        Assert.True(engine.TryConnect(out var error), error);
        Assert.True(engine.IsUpgradeRequired());
        var result = engine.PerformUpgrade();

        Assert.True(result.Successful, result.Error?.ToString());
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
        Assert.Equal([7], Query<int>("select x from caller_marker"));
    }

    UpgradeEngine Engine(SqlScript[] scripts, Func<UpgradeEngineBuilder, UpgradeEngineBuilder>? configure = null)
    {
        var builder = DeployChanges.To.DuckDbDatabase(connection)
            .JournalToDuckDbTable("etl", "schema_version")
            .WithScripts(scripts)
            .LogToNowhere();
        return (configure?.Invoke(builder) ?? builder).Build();
    }

    void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    List<T> Query<T>(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(reader.GetFieldValue<T>(0));
        return rows;
    }
}
