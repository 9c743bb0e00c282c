using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Engines;

namespace CsWarehouse.Cli.Commands;

/// <summary><c>cswh grant-reader</c>: lets an existing login read the kpi views and the dimensions the Power BI model reads, nothing else.</summary>
public sealed class GrantReaderCommand : Command
{
    private static readonly OptionSpec Role = new("--role", "NAME",
        "Existing database role (login) that may then read the kpi views and the dw tables Power BI reads, and nothing else.",
        "--role report");

    public override string Name => "grant-reader";
    public override string Summary => "Let a database login read the kpi views and model dimensions only (PostgreSQL, SQL Server).";
    public override IReadOnlyList<OptionSpec> Options => [Role, CommonOptions.Db, CommonOptions.Wait, CommonOptions.Help];

    public override IReadOnlyList<string> Examples =>
    [
        "cswh grant-reader --role report --db \"postgres:Host=db;Database=cswh;Username=cswh\"",
        "cswh grant-reader --role powerbi --db \"sqlserver:Server=db;Database=cswh;Integrated Security=true\"",
    ];

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var role = options.Require(Role.Name);
        var (target, log) = WarehouseSession.Resolve(options, terminal);
        ReaderRole.Statements(target.Engine, role); // DuckDB: explains that file permissions are the control
        using var engine = WarehouseSession.OpenMigrated(target, log, options.Has(CommonOptions.Wait.Name));
        ReaderRole.Grant(engine, role);
        terminal.Out.WriteLine($"{role} may now read the kpi views and {string.Join(", ", ReaderRole.ModelTables)}; nothing else.");
        return ExitCodes.Success;
    }
}
