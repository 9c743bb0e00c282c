using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.PowerBi;
using CsWarehouse.Etl.PowerBi.Verify;

namespace CsWarehouse.Cli.Commands;

/// <summary>
/// <c>cswh powerbi verify</c>: evaluates every DAX measure of the model over the warehouse, without Power BI, and
/// compares it with <c>cswh kpi</c>; prints each difference and a total, and fails when any measure differs.
/// </summary>
public sealed class PowerBiVerifyCommand : Command
{
    private static readonly OptionSpec Model = new("--model", "DIR",
        "The Power BI Project folder (or its semantic model folder) whose measures to check.", "--model powerbi", "powerbi");

    public override string Name => "powerbi verify";
    public override string Summary => "Evaluate every Power BI measure over the warehouse and compare it with cswh kpi, month by month, agent by agent.";
    public override IReadOnlyList<OptionSpec> Options => [CommonOptions.Db, Model, CommonOptions.Help];

    public override IReadOnlyList<string> Examples =>
    [
        "cswh powerbi verify",
        "cswh powerbi verify --db \"postgres:Host=db;Database=cswh;Username=report\" --model /src/cswarehouse/powerbi",
    ];

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var modelFile = ModelFile(options.Get(Model.Name) ?? "powerbi");
        var (target, log) = WarehouseSession.Resolve(options, terminal);
        VerifyResult result;
        using (var engine = WarehouseSession.OpenMigrated(target, log, wait: true))
            result = ModelVerifier.Verify(engine.Connection, modelFile);
        foreach (var note in result.Notes) log.Info($"verify: {note}");
        foreach (var d in result.Failures)
            terminal.Out.WriteLine($"DIFF  {d.Measure} | {d.Slice} | model {d.ModelValue} | warehouse {d.WarehouseValue}");
        terminal.Out.WriteLine($"verify: {result.Passed} passed, {result.Failed} failed");
        return result.Failed == 0 ? ExitCodes.Success : ExitCodes.RunFailed;
    }

    /// <summary>model.bim in the folder given, or in its semantic model folder.</summary>
    private static string ModelFile(string folder)
    {
        foreach (var candidate in new[] { Path.Combine(folder, "model.bim"), Path.Combine(folder, PowerBiProject.Name + ".SemanticModel", "model.bim") })
            if (File.Exists(candidate)) return candidate;
        throw new ConfigurationException($"{Path.GetFullPath(folder)} holds no model.bim: --model must be the powerbi/ folder (or its {PowerBiProject.Name}.SemanticModel folder).");
    }
}
