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

    public static readonly OptionSpec Help = new("--help", null, "Show this help.", "--help");
}
