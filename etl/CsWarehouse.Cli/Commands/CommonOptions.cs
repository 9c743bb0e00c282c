using CsWarehouse.Cli.CommandLine;

namespace CsWarehouse.Cli.Commands;

/// <summary>Options several commands share.</summary>
public static class CommonOptions
{
    public static readonly OptionSpec Db = new("--db", "TARGET",
        "Warehouse to use: duckdb:FILE, postgres:CONNECTION-STRING or sqlserver:CONNECTION-STRING; CSWH_DB may supply it.",
        "--db \"postgres:Host=localhost;Database=cswh;Username=cswh;Password=secret\"", "duckdb:warehouse.duckdb");

    public static readonly OptionSpec Wait = new("--wait", null,
        "If another run holds the warehouse, wait for it to finish instead of exiting with code 3.", "--wait");

    public static readonly OptionSpec Json = new("--json", null,
        "Print a machine-readable summary on standard output (logs stay on standard error).", "--json");

    public static readonly OptionSpec Bom = new("--bom", null,
        "Start CSV output with a UTF-8 byte-order mark, so Excel shows Vietnamese, Thai or Persian names correctly.", "--bom");

    /// <summary>What starts CSV text when --bom is given: the byte-order mark as a character (UTF-8 writes it as EF BB BF).</summary>
    public static string CsvPreamble(ParsedOptions options) => options.Has(Bom.Name) ? "\uFEFF" : "";

    public static readonly OptionSpec Help = new("--help", null, "Show this help.", "--help");
}
