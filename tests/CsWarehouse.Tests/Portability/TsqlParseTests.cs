using System.Text;
using CsWarehouse.Etl.Engines.SqlServer;
using CsWarehouse.Etl.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CsWarehouse.Tests.Portability;

/// <summary>
/// No SQL Server runs here, so the strongest offline check of the shared warehouse SQL is Microsoft's own
/// T-SQL parser (ScriptDom): every embedded script, with SQL Server's DbUp variables substituted exactly as a
/// run would, must parse without a single error.
/// </summary>
public sealed class TsqlParseTests
{
    /// <summary>
    /// One test case per embedded script SQL Server runs, named by its path under warehouse/: all but those of
    /// another engine's own folder (engines/postgres).
    /// </summary>
    public static TheoryData<string> ScriptPaths()
    {
        var data = new TheoryData<string>();
        foreach (var script in WarehouseScripts.All.Where(s => !s.Path.StartsWith("engines/postgres/", StringComparison.Ordinal)))
            data.Add(script.Path);
        return data;
    }

    [Theory]
    [MemberData(nameof(ScriptPaths))]
    public void Script_parses_as_TSql(string path)
    {
        var script = WarehouseScripts.All.Single(s => s.Path == path);

        var (_, errors) = TSql.Parse(TSql.ForSqlServer(script.Text));

        Assert.True(errors.Count == 0, $"{path} does not parse as T-SQL ({TSql.ParserName}):\n{TSql.Describe(errors)}");
    }

    [Fact]
    public void Every_migration_folder_and_every_fill_folder_have_scripts()
    {
        var empty = WarehouseScripts.MigrationFolders.Where(folder => !WarehouseScripts.In(folder).Any())
            .Concat(WarehouseScripts.FillFolders.Where(folder => !WarehouseScripts.FillsIn(folder).Any()).Select(f => f + " (fills)"))
            .ToList();

        Assert.True(empty.Count == 0,
            $"No embedded .sql script in: {string.Join(", ", empty)} (is the EmbeddedResource glob still right?)");
        Assert.All(WarehouseScripts.All, s => Assert.EndsWith(".sql", s.Path, StringComparison.Ordinal));
    }

    /// <summary>The check is real: portable-style constructs SQL Server does not know are parse errors.</summary>
    [Theory]
    [InlineData("select a from t limit 10")]
    [InlineData("select count(*) filter (where a = 1) from t")]
    [InlineData("select a from t where b ilike 'x%'")]
    [InlineData("select a from t where b is true")]
    [InlineData("select extract(year from d) from t")]
    [InlineData("select `a` from t")]
    [InlineData("create or replace view v as select 1 as a")]
    [InlineData("create table if not exists t (a integer)")]
    [InlineData("create table stg.plan (a integer)")]
    [InlineData("create table t (a integer);\ncreate view v as select a from t;")]
    public void Parser_rejects_non_TSql(string sql)
    {
        var (_, errors) = TSql.Parse(sql);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.True(e.Line >= 1 && e.Column >= 1 && e.Message.Length > 0));
    }

    /// <summary>
    /// Some non-portable constructs are valid T-SQL (SQL Server 2025 has <c>||</c>; <c>x::m</c> is a CLR type
    /// member; <c>true</c> parses as a column name), so the parser misses them: the portability scan must not.
    /// </summary>
    [Theory]
    [InlineData("select a || b from t")]
    [InlineData("select x::int from t")]
    [InlineData("select a from t where b = true")]
    [InlineData("select top 5 a from t")]
    [InlineData("select isnull(a, 0) from t")]
    [InlineData("select a from [t]")]
    [InlineData("select getdate()")]
    [InlineData("select datediff(day, a, b) from t")]
    public void What_the_parser_accepts_the_portability_scan_flags(string sql)
    {
        var (_, errors) = TSql.Parse(sql);

        Assert.True(errors.Count > 0 || PortableSql.Scan(sql).Count > 0, $"Neither check catches: {sql}");
    }

    [Fact]
    public void Parser_accepts_the_portable_subset()
    {
        const string sql = """
            with x as (select a, b, row_number() over (partition by a order by b) as rn from s.t)
            select case when a is null then 0 else 1 end, coalesce(a, b), nullif(b, 0), cast(a as decimal(18, 4))
            from x where rn = 1 and not exists (select 1 from s.u where u.a = x.a);
            """;

        var (_, errors) = TSql.Parse(TSql.ForSqlServer(sql + "\ncreate table s.v (k $key$ not null, at $timestamp$);"));

        Assert.True(errors.Count == 0, TSql.Describe(errors));
    }

    [Fact]
    public void Substitution_fails_on_an_unknown_variable()
    {
        Assert.Throws<InvalidOperationException>(() => TSql.ForSqlServer("create table t (a $nosuch$)"));
    }

    /// <summary>
    /// SQL Server requires CREATE VIEW (and the other batch-leading statements: procedure, function, trigger,
    /// schema) to be the first statement of its batch, and shared scripts cannot use GO (PostgreSQL and DuckDB
    /// do not know it), so such a statement must come first in its script. Harmless today; it guards 4_kpi.
    /// </summary>
    [Fact]
    public void Batch_leading_statements_such_as_create_view_come_first_in_their_batch()
    {
        var problems = new List<string>();
        foreach (var script in WarehouseScripts.All)
        {
            var (fragment, errors) = TSql.Parse(TSql.ForSqlServer(script.Text));
            if (fragment is null || errors.Count > 0) continue; // reported by Script_parses_as_TSql
            problems.AddRange(BatchLeadingVisitor.Find(fragment).Select(p => $"{script.Path}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Batch_leading_check_flags_a_create_view_after_another_statement()
    {
        // The parser itself rejects such a batch (no AST), so build the batch from statements parsed alone.
        var batch = new TSqlBatch();
        batch.Statements.Add(Statement("create table t (a integer);"));
        batch.Statements.Add(Statement("\ncreate view v as select a from t;"));
        var bad = new TSqlScript();
        bad.Batches.Add(batch);
        var good = TSql.Parse("create view v as select a from t;").Fragment;
        var split = TSql.Parse("create table t (a integer);\ngo\ncreate view v as select a from t;").Fragment;

        var found = Assert.Single(BatchLeadingVisitor.Find(bad));
        Assert.Contains("line 2: CREATE VIEW", found);
        Assert.Empty(BatchLeadingVisitor.Find(good!));
        Assert.Empty(BatchLeadingVisitor.Find(split!));
    }

    private static TSqlStatement Statement(string sql)
    {
        var (fragment, errors) = TSql.Parse(sql);
        Assert.Empty(errors);
        return ((TSqlScript)fragment!).Batches.Single().Statements.Single();
    }

    /// <summary>Finds batch-leading statements that are not the first statement of their batch.</summary>
    private sealed class BatchLeadingVisitor : TSqlFragmentVisitor
    {
        private readonly List<string> _problems = [];

        public static IReadOnlyList<string> Find(TSqlFragment fragment)
        {
            var visitor = new BatchLeadingVisitor();
            fragment.Accept(visitor);
            return visitor._problems;
        }

        public override void Visit(TSqlBatch batch)
        {
            for (var i = 1; i < batch.Statements.Count; i++)
            {
                var statement = batch.Statements[i];
                if (Describe(statement) is { } what)
                    _problems.Add($"line {statement.StartLine}: {what} must be the first statement in its batch " +
                                  $"(it follows {i} other statement(s)); " +
                                  "put it in a script of its own");
            }
            base.Visit(batch);
        }

        private static string? Describe(TSqlStatement statement) => statement switch
        {
            CreateViewStatement => "CREATE VIEW",
            CreateOrAlterViewStatement => "CREATE OR ALTER VIEW",
            AlterViewStatement => "ALTER VIEW",
            ProcedureStatementBody => "CREATE/ALTER PROCEDURE",
            FunctionStatementBody => "CREATE/ALTER FUNCTION",
            TriggerStatementBody => "CREATE/ALTER TRIGGER",
            CreateSchemaStatement => "CREATE SCHEMA",
            _ => null,
        };
    }
}

/// <summary>The offline T-SQL parse: the parser version, variable substitution and error formatting.</summary>
internal static class TSql
{
    /// <summary>SQL Server 2025 / Azure SQL grammar; quoted identifiers on, as SqlClient connections have it.</summary>
    private static TSqlParser NewParser() => new TSql170Parser(initialQuotedIdentifiers: true);

    public static string ParserName => nameof(TSql170Parser);

    /// <summary>The script as a SQL Server run sends it: DbUp variables replaced by SQL Server's values.</summary>
    public static string ForSqlServer(string sql) => WarehouseScripts.Substitute(sql, SqlServerEngine.Variables);

    public static (TSqlFragment? Fragment, IList<ParseError> Errors) Parse(string sql)
    {
        using var reader = new StringReader(sql);
        var fragment = NewParser().Parse(reader, out var errors);
        return (fragment, errors);
    }

    public static string Describe(IEnumerable<ParseError> errors)
    {
        var text = new StringBuilder();
        foreach (var e in errors)
            text.AppendLine($"  line {e.Line}, column {e.Column}: {e.Message} (SQL{e.Number})");
        return text.ToString();
    }
}
