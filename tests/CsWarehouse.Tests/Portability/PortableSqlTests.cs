using System.Text;
using System.Text.RegularExpressions;
using CsWarehouse.Etl.Migrations;

namespace CsWarehouse.Tests.Portability;

/// <summary>
/// The warehouse SQL is one text for SQL Server, PostgreSQL and DuckDB. The T-SQL parse cannot see constructs
/// that SQL Server accepts but another engine does not (or the reverse, where SQL Server happens to parse them),
/// so every shared script is scanned, comments and string literals removed, for the forbidden constructs.
/// </summary>
public sealed class PortableSqlTests
{
    [Fact]
    public void Shared_scripts_use_only_the_portable_subset()
    {
        var hits = PortableSql.SharedScripts
            .SelectMany(s => PortableSql.Scan(s.Text).Select(h => $"{s.Path}:{h.Line}: {h.Rule}: {h.Source}\n    fix: {h.Fix}"))
            .ToList();

        Assert.True(hits.Count == 0, $"{hits.Count} non-portable construct(s):\n{string.Join("\n", hits)}");
    }

    [Fact]
    public void There_are_shared_scripts_to_scan()
    {
        Assert.NotEmpty(PortableSql.SharedScripts);
    }

    /// <summary>One planted example per rule: each must be flagged by its rule (the scanner is not vacuous).</summary>
    public static readonly IReadOnlyDictionary<string, string> Planted = new Dictionary<string, string>
    {
        ["|| concatenation"] = "select a || b from t",
        [":: cast"] = "select x::int from t",
        ["LIMIT"] = "select a from t order by a limit 10",
        ["FILTER clause"] = "select count(*) filter (where a = 1) from t",
        ["boolean literal"] = "select a from t where b = TRUE or c = false",
        ["ILIKE"] = "select a from t where b ilike 'x%'",
        ["CREATE OR REPLACE"] = "create or replace view v as select 1 as a",
        ["IF NOT EXISTS"] = "create table if not exists t (a integer)",
        ["TOP"] = "select top (5) a from t",
        ["ISNULL()"] = "select isnull(a, 0) from t",
        ["GETDATE()"] = "select getdate()",
        ["NOW()"] = "select now()",
        ["DATE_TRUNC"] = "select date_trunc('month', d) from t",
        ["DATEDIFF"] = "select datediff(second, a, b) from t",
        ["EXTRACT()"] = "select extract(year from d) from t",
        ["backtick identifier"] = "select `a` from t",
        ["[bracket] identifier"] = "select [a] from t",
        ["IIF()"] = "select iif(a = 1, 1, 0) from t",
        ["CONVERT()"] = "select convert(int, a) from t",
        ["NVL()"] = "select nvl(a, 0) from t",
        ["DATEADD/DATEPART/DATE_PART"] = "select dateadd(day, 1, d), date_part('year', d) from t",
        ["server clock"] = "select sysutcdatetime()",
        ["LEN/LENGTH"] = "select len(a), length(b) from t",
        ["GO separator"] = "create table t (a integer);\n  GO  \nselect 1;",
    };

    [Fact]
    public void Every_rule_has_a_planted_example()
    {
        Assert.Equal(PortableSql.Rules.Select(r => r.Name).Order(), Planted.Keys.Order());
    }

    public static TheoryData<string> RuleNames() => new(Planted.Keys);

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Scanner_flags_the_planted_example(string rule)
    {
        var sql = "-- a harmless first line\n" + Planted[rule];

        var hits = PortableSql.Scan(sql);

        Assert.Contains(hits, h => h.Rule == rule && h.Line >= 2);
    }

    [Fact]
    public void Scanner_ignores_comments_string_literals_and_look_alike_identifiers()
    {
        const string sql = """
            -- limit 10, a || b, x::int, true, [a], top 5, getdate()
            /* create or replace view, if not exists, ilike
               /* nested: isnull(a, 0) */ now() */
            select 'a || b :: limit 10 true [x] `y`' as is_true,
                   'it''s false' as "true",
                   t.limited, t.filtered, t.top_5, t.length_m, t.go
            from t
            where not exists (select 1 from u where u.a = t.a)
              and t.created_date_key < t.resolved_date_key;
            """;

        var hits = PortableSql.Scan(sql);

        Assert.True(hits.Count == 0, string.Join("\n", hits));
    }

    [Fact]
    public void Strip_blanks_comments_and_literals_but_keeps_positions()
    {
        const string sql = "select 'x' -- c\n/* a\nb */ from \"t\"";

        var stripped = PortableSql.Strip(sql);

        Assert.Equal(sql.Length, stripped.Length);
        Assert.Equal(sql.Count(c => c == '\n'), stripped.Count(c => c == '\n'));
        Assert.Equal("select '_'     \n    \n     from \"_\"", stripped);
    }

    /// <summary>
    /// Integer / integer truncates on SQL Server and PostgreSQL but gives a double on DuckDB, so the engines would
    /// disagree on every ratio KPI: each <c>/</c> in a shared script needs an explicit decimal operand. The
    /// heuristic is documented on <see cref="PortableSql.ScanDivisions"/>.
    /// </summary>
    [Fact]
    public void Divisions_in_shared_scripts_have_an_explicit_decimal_operand()
    {
        var hits = PortableSql.SharedScripts
            .SelectMany(s => PortableSql.ScanDivisions(s.Text).Select(h => $"{s.Path}:{h.Line}: {h.Source}\n    fix: {h.Fix}"))
            .ToList();

        Assert.True(hits.Count == 0, $"{hits.Count} division(s) without an explicit decimal operand:\n{string.Join("\n", hits)}");
    }

    [Theory]
    [InlineData("select a / b from t")]
    [InlineData("select count(*) / sum(x) from t")]
    [InlineData("select (a + b) / nullif(c, 0) from t")]
    [InlineData("select cast(a as integer) / b from t")]
    [InlineData("select a\n    / b from t")]
    public void Division_scan_flags_integer_division(string sql)
    {
        Assert.Single(PortableSql.ScanDivisions(sql));
    }

    [Theory]
    [InlineData("select cast(a as decimal(18, 4)) / b from t")]
    [InlineData("select a / nullif(cast(b as numeric(18, 4)), 0) from t")]
    [InlineData("select sum(cast(x as decimal(18, 4))) / count(*) from t")]
    [InlineData("select 1.0 * a / CAST ( b AS DECIMAL(9, 3) ) from t")]
    [InlineData("select a from t -- a / b\n/* x / y */ where b = 'p/q'")]
    public void Division_scan_accepts_explicit_decimal_operands(string sql)
    {
        var hits = PortableSql.ScanDivisions(sql);

        Assert.True(hits.Count == 0, string.Join("\n", hits));
    }
}

/// <summary>The portability scanner: comment/literal stripping, the forbidden-construct rules, the division check.</summary>
internal static partial class PortableSql
{
    /// <summary>
    /// The scripts every engine runs: today all of warehouse/ (there are no engine-specific scripts). Should some
    /// appear, filter them out here.
    /// </summary>
    public static IReadOnlyList<WarehouseScripts.Script> SharedScripts => WarehouseScripts.All;

    public sealed record Rule(string Name, Regex Pattern, string Fix);

    public sealed record Hit(int Line, string Rule, string Source, string Fix)
    {
        public override string ToString() => $"line {Line}: {Rule}: {Source}";
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline;

    private static Rule R(string name, string pattern, string fix) => new(name, new Regex(pattern, Options), fix);

    /// <summary>The forbidden constructs, with the portable way to write each.</summary>
    public static readonly IReadOnlyList<Rule> Rules =
    [
        R("|| concatenation", @"\|\|", "concat(a, b) (SQL Server < 2025 has no ||)"),
        R(":: cast", "::", "cast(x as type)"),
        R("LIMIT", @"\blimit\b", "row_number() over (order by ...) in a CTE, then where rn <= n"),
        R("FILTER clause", @"\bfilter\s*\(", "sum(case when ... then 1 else 0 end)"),
        R("boolean literal", @"\b(true|false)\b", "integer 0/1 flags compared with = 1 / = 0"),
        R("ILIKE", @"\bilike\b", "lower(a) like lower(b) (codes are staged lower-case already)"),
        R("CREATE OR REPLACE", @"\bcreate\s+or\s+replace\b", "plain create: the migrator drops and recreates views"),
        R("IF NOT EXISTS", @"\bif\s+not\s+exists\b", "plain create: migrations run once"),
        R("TOP", @"\btop\s*\(?\s*\d", "row_number() over (order by ...) in a CTE, then where rn <= n"),
        R("ISNULL()", @"\bisnull\s*\(", "coalesce(a, b)"),
        R("GETDATE()", @"\bgetdate\s*\(", "the run's own values from stg.load_context (as_of_date_key, loaded_at)"),
        R("NOW()", @"\bnow\s*\(\s*\)", "the run's own values from stg.load_context (as_of_date_key, loaded_at)"),
        R("DATE_TRUNC", @"\bdate_trunc\b", "the staged *_key / month columns or a join to dw.dim_date"),
        R("DATEDIFF", @"\bdatediff\b", "durations staged by the loader (*_seconds, *_epoch columns)"),
        R("EXTRACT()", @"\bextract\s*\(", "a join to dw.dim_date (year, month, weekday, ...)"),
        R("backtick identifier", "`", "a plain lower-case identifier"),
        R("[bracket] identifier", @"\[", "a plain lower-case identifier (or \"quoted\" if it must be)"),
        // Not in the written rule but engine-specific all the same:
        R("IIF()", @"\biif\s*\(", "case when ... then ... else ... end"),
        R("CONVERT()", @"\bconvert\s*\(", "cast(x as type)"),
        R("NVL()", @"\bnvl\s*\(", "coalesce(a, b)"),
        R("DATEADD/DATEPART/DATE_PART", @"\b(dateadd|datepart|datename|date_part|date_add)\s*\(", "the staged date keys or a join to dw.dim_date"),
        R("server clock", @"\b(getutcdate|sysdatetime|sysutcdatetime|sysdatetimeoffset)\s*\(", "the run's own values from stg.load_context"),
        R("LEN/LENGTH", @"\b(len|length|datalength)\s*\(", "no portable string length: compute it in the loader"),
        R("GO separator", @"^[ \t]*go[ \t]*;?[ \t]*\r?$", "one script per batch-leading statement; PostgreSQL and DuckDB do not know GO"),
    ];

    /// <summary>Every forbidden construct in <paramref name="sql"/>, outside comments, string literals and quoted identifiers.</summary>
    public static IReadOnlyList<Hit> Scan(string sql)
    {
        var code = Strip(sql);
        var lines = sql.Split('\n');
        return Rules
            .SelectMany(rule => rule.Pattern.Matches(code).Select(m => (Rule: rule, Line: LineOf(code, m.Index))))
            .Select(x => new Hit(x.Line, x.Rule.Name, lines[x.Line - 1].Trim(), x.Rule.Fix))
            .OrderBy(h => h.Line)
            .ToList();
    }

    /// <summary>
    /// The integer-division heuristic. For each <c>/</c> outside comments and literals, the operand next to it on
    /// each side is taken: a parenthesised group or a function call (with its name) when the neighbour is a
    /// bracket, otherwise the adjacent word (column, literal). The division passes when either operand contains
    /// an explicit <c>cast(... as decimal|numeric ...)</c>, e.g. <c>cast(a as decimal(18, 4)) / b</c>,
    /// <c>a / nullif(cast(b as decimal(18, 4)), 0)</c> or <c>sum(cast(x as decimal(18, 4))) / count(*)</c>.
    /// Decimal columns and decimal literals are not recognised: cast them too (it is harmless) or the check fails.
    /// </summary>
    public static IReadOnlyList<Hit> ScanDivisions(string sql)
    {
        var code = Strip(sql);
        var lines = sql.Split('\n');
        var hits = new List<Hit>();
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] != '/') continue;
            var numerator = OperandBefore(code, i);
            var denominator = OperandAfter(code, i + 1);
            if (DecimalCast().IsMatch(numerator) || DecimalCast().IsMatch(denominator)) continue;
            var line = LineOf(code, i);
            hits.Add(new Hit(line, "integer division", lines[line - 1].Trim(),
                $"cast({numerator.Trim()} as decimal(18, 4)) / {denominator.Trim()}, or a / nullif(cast(b as decimal(18, 4)), 0)"));
        }
        return hits;
    }

    /// <summary>
    /// Blanks comments (<c>--</c>, nested <c>/* */</c>) and the contents of string literals and "quoted"
    /// identifiers, keeping every other character, so offsets and line numbers still match the source.
    /// Literal contents become <c>_</c> (a word character, so no keyword can match inside one).
    /// </summary>
    public static string Strip(string sql)
    {
        var text = new StringBuilder(sql.Length);
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (c == '-' && At(sql, i + 1) == '-')
            {
                while (i < sql.Length && sql[i] != '\n') { text.Append(Blank(sql[i])); i++; }
            }
            else if (c == '/' && At(sql, i + 1) == '*')
            {
                var depth = 0;
                do
                {
                    if (sql[i] == '/' && At(sql, i + 1) == '*') { depth++; text.Append("  "); i += 2; }
                    else if (sql[i] == '*' && At(sql, i + 1) == '/') { depth--; text.Append("  "); i += 2; }
                    else { text.Append(Blank(sql[i])); i++; }
                } while (depth > 0 && i < sql.Length);
            }
            else if (c is '\'' or '"')
            {
                text.Append(c);
                i++;
                while (i < sql.Length)
                {
                    if (sql[i] == c && At(sql, i + 1) == c) { text.Append("__"); i += 2; }
                    else if (sql[i] == c) { text.Append(c); i++; break; }
                    else { text.Append(sql[i] == '\n' ? '\n' : '_'); i++; }
                }
            }
            else
            {
                text.Append(c);
                i++;
            }
        }
        return text.ToString();
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static char Blank(char c) => c is '\n' or '\r' ? c : ' ';

    private static int LineOf(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '$';

    private static string OperandBefore(string code, int slash)
    {
        var end = slash - 1;
        while (end >= 0 && char.IsWhiteSpace(code[end])) end--;
        if (end < 0) return "";
        var start = end;
        if (code[end] == ')')
        {
            var depth = 0;
            for (; start >= 0; start--)
            {
                if (code[start] == ')') depth++;
                else if (code[start] == '(' && --depth == 0) break;
            }
            start = Math.Max(start, 0);
            var name = start - 1;
            while (name >= 0 && char.IsWhiteSpace(code[name])) name--;
            while (name >= 0 && IsWord(code[name])) { start = name; name--; }
        }
        else
        {
            while (start > 0 && IsWord(code[start - 1])) start--;
        }
        return code[start..(end + 1)];
    }

    private static string OperandAfter(string code, int from)
    {
        var start = from;
        while (start < code.Length && char.IsWhiteSpace(code[start])) start++;
        var end = start;
        while (end < code.Length && IsWord(code[end])) end++;
        var open = end;
        while (open < code.Length && char.IsWhiteSpace(code[open])) open++;
        if (open < code.Length && code[open] == '(')
        {
            var depth = 0;
            for (end = open; end < code.Length; end++)
            {
                if (code[end] == '(') depth++;
                else if (code[end] == ')' && --depth == 0) { end++; break; }
            }
        }
        return code[start..Math.Min(end, code.Length)];
    }

    [GeneratedRegex(@"\bcast\s*\([\s\S]*\bas\s+(decimal|numeric)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecimalCast();
}
