using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;

namespace CsWarehouse.Cli.Commands;

/// <summary><c>cswh migrate</c>: bring the warehouse schema up to date and nothing else.</summary>
public sealed class MigrateCommand : Command
{
    public override string Name => "migrate";
    public override string Summary => "Create or upgrade the warehouse schema (stg, dw, kpi, etl).";
    public override IReadOnlyList<OptionSpec> Options => [CommonOptions.Db, CommonOptions.Wait, CommonOptions.Help];
    public override IReadOnlyList<string> Examples => ["cswh migrate", "cswh migrate --db duckdb:/var/lib/cswh/warehouse.duckdb"];

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var (target, log) = WarehouseSession.Resolve(options, terminal);
        using var engine = WarehouseSession.OpenMigrated(target, log, options.Has(CommonOptions.Wait.Name));
        terminal.Out.WriteLine($"{target.Describe()} is up to date.");
        return ExitCodes.Success;
    }
}
