using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.PowerBi;

namespace CsWarehouse.Cli.Commands;

/// <summary><c>cswh powerbi build</c>: turn the Power BI Project kept as text into the CustomerService.pbit template.</summary>
public sealed class PowerBiCommand : Command
{
    private static readonly OptionSpec Out = new("--out", "DIR",
        "Folder to write CustomerService.pbit into (created if missing).", "--out artifacts");
    private static readonly OptionSpec Source = new("--source", "DIR",
        "The Power BI Project folder (holds CustomerService.pbip).", "--source powerbi", "powerbi");

    public override string Name => "powerbi build";
    public override string Summary => "Build the Power BI template (.pbit) from the project kept as text in powerbi/.";
    public override IReadOnlyList<OptionSpec> Options => [Out, Source, CommonOptions.Help];

    public override IReadOnlyList<string> Examples =>
    [
        "cswh powerbi build --out artifacts",
        "cswh powerbi build --out /tmp/pbit --source /src/cswarehouse/powerbi",
    ];

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var project = PowerBiProject.Open(options.Get(Source.Name) ?? "powerbi");
        var result = PbitBuilder.Build(project, options.Require(Out.Name));
        foreach (var part in result.Parts) terminal.Out.WriteLine($"  {part}");
        terminal.Out.WriteLine($"Wrote {result.File} ({result.Parts.Count} parts). Open it in Power BI Desktop; it asks for Engine, Server, Database and Folder.");
        return ExitCodes.Success;
    }
}
