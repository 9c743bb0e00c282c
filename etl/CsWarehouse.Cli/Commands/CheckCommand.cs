using System.Globalization;
using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Checks;
using CsWarehouse.Etl.Configuration;
using Dapper;

namespace CsWarehouse.Cli.Commands;

/// <summary><c>cswh check</c>: runs every data test on the warehouse and reports what each found. A read: no lock, no migration.</summary>
public sealed class CheckCommand : Command
{
    public override string Name => "check";
    public override string Summary => "Run the data tests (keys, orphans, dates, business rules) on the warehouse; exit 4 if any fails.";
    public override IReadOnlyList<OptionSpec> Options => [CommonOptions.Db, CommonOptions.Help];
    public override IReadOnlyList<string> Examples => ["cswh check", "cswh check --db \"postgres:Host=db;Database=cswh;Username=report\""];

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var (target, log) = WarehouseSession.Resolve(options, terminal);
        using var engine = WarehouseSession.OpenForReading(target, log);
        if (engine.Connection.ExecuteScalar<long>("select count(*) from information_schema.tables where table_schema = 'dw'") == 0)
            throw new ConfigurationException($"{target.Describe()} has no warehouse tables yet: run cswh load or cswh migrate first.");
        var results = new CheckRunner(engine.Connection, engine.SqlVariables)
            .RunAll(DataChecks.All(engine.Connection), r => Write(r, terminal.Out));
        var failed = results.Count(r => !r.Passed);
        terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{results.Count} checks: {results.Count - failed} passed, {failed} failed"));
        return failed == 0 ? ExitCodes.Success : ExitCodes.ChecksFailed;
    }

    private static void Write(CheckResult result, TextWriter output)
    {
        if (result.Passed)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PASS  {result.Check.Name} ({result.Elapsed.TotalSeconds:0.00} s)"));
            return;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"FAIL  {result.Check.Name}: {result.FailingRows:N0} row(s) ({result.Elapsed.TotalSeconds:0.00} s). {result.Check.Description}"));
        foreach (var line in CheckSample.Lines(result)) output.WriteLine("        " + line);
    }
}
