using System.Reflection;
using System.Text.RegularExpressions;

namespace CsWarehouse.Etl.Migrations;

/// <summary>
/// The SQL under <c>warehouse/</c>, embedded in this assembly: migrations, the fills a load runs (each
/// <c>NNNN_table.fill.sql</c> beside the migration <c>NNNN_table.sql</c> that creates its table) and data tests.
/// </summary>
public static partial class WarehouseScripts
{
    /// <summary>Run-once migration folders, in the order they apply.</summary>
    public static readonly string[] MigrationFolders = ["0_etl", "1_staging", "2_dimensions", "3_facts"];

    /// <summary>The folder of one engine's own scripts (indexes and the like), applied after the shared tables.</summary>
    public static string EngineFolder(Configuration.EngineKind engine) => "engines/" + engine.ToString().ToLowerInvariant();

    /// <summary>Run-always folders (views), dropped and recreated on every migration.</summary>
    public static readonly string[] ViewFolders = ["4_kpi"];

    /// <summary>Folders whose fills a load runs (dimensions before facts), each in file-name order.</summary>
    public static readonly string[] FillFolders = ["2_dimensions", "3_facts"];

    /// <summary>How a fill's name ends: it is a statement a load runs, never a migration.</summary>
    public const string FillSuffix = ".fill.sql";

    /// <summary>One SQL file: its path under warehouse/ and its text.</summary>
    public sealed record Script(string Path, string Text)
    {
        public string Folder => Path[..Path.LastIndexOf('/')];
        public string FileName => Path[(Path.LastIndexOf('/') + 1)..];
        public bool IsFill => Path.EndsWith(FillSuffix, StringComparison.Ordinal);

        /// <summary>
        /// The staging tables a fill works from, as its header names them ("-- Nothing to do unless rows are in:
        /// stg.call."): while all of them are empty it changes nothing, and a load skips it. Empty for a fill that
        /// may have work without them (one that follows the as-of date through the warehouse's own rows).
        /// </summary>
        public IReadOnlyList<string> WorksFrom =>
            WorksFromLine().Match(Text) is { Success: true } m ? m.Groups[1].Value.Split(", ") : [];
    }

    public static IReadOnlyList<Script> All { get; } = Load();

    /// <summary>The scripts of a folder that are not fills (migrations, views or data tests), in file-name order.</summary>
    public static IEnumerable<Script> In(string folder) => InOrder(folder).Where(s => !s.IsFill);

    /// <summary>The fills of a folder, in file-name order.</summary>
    public static IEnumerable<Script> FillsIn(string folder) => InOrder(folder).Where(s => s.IsFill);

    /// <summary>What a load runs after staging: the fills of the dimensions, then those of the facts.</summary>
    public static IEnumerable<Script> Conform => FillFolders.SelectMany(FillsIn);

    public static IEnumerable<Script> DataTests => In("tests");

    /// <summary>Replaces <c>$name$</c> variables the way DbUp does, failing on an unknown one.</summary>
    public static string Substitute(string sql, IReadOnlyDictionary<string, string> variables) =>
        VariablePattern().Replace(sql, m => variables.TryGetValue(m.Groups[1].Value, out var v)
            ? v
            : throw new InvalidOperationException($"SQL variable ${m.Groups[1].Value}$ has no value."));

    /// <summary>
    /// The statements of a script, in order: it is split where a line ends with a semicolon, the way every script
    /// here is written (no statement ends a line with one inside a string or comment).
    /// </summary>
    public static IEnumerable<string> Statements(string sql) =>
        sql.ReplaceLineEndings("\n").Split(";\n")
            .Select(s => s.Trim().TrimEnd(';').Trim())
            .Where(s => s.Split('\n').Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("--", StringComparison.Ordinal)));

    private static IEnumerable<Script> InOrder(string folder) =>
        All.Where(s => s.Folder == folder).OrderBy(s => s.FileName, StringComparer.Ordinal);

    private static List<Script> Load()
    {
        var assembly = typeof(WarehouseScripts).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("warehouse/", StringComparison.Ordinal))
            .Select(n => new Script(n["warehouse/".Length..], Read(assembly, n)))
            .OrderBy(s => s.Path, StringComparer.Ordinal)
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^-- Nothing to do unless rows are in: (stg\.\w+(?:, stg\.\w+)*)\.\r?$", RegexOptions.Multiline)]
    private static partial Regex WorksFromLine();

    [GeneratedRegex(@"\$(\w+)\$")]
    private static partial Regex VariablePattern();
}
