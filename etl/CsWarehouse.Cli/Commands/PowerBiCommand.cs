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

    private static readonly OptionSpec Engine = new("--engine", "ENGINE",
        "Build a template whose queries read only this source (parquet, postgres or sqlserver), so a published dataset asks credentials for one source; without it the template switches on its Engine parameter.",
        "--engine postgres");

    public override string Name => "powerbi build";
    public override string Summary => "Build the Power BI template (.pbit) from the project kept as text in powerbi/.";
    public override IReadOnlyList<OptionSpec> Options => [Out, Source, Engine, CommonOptions.Help];

    public override IReadOnlyList<string> Examples =>
    [
        "cswh powerbi build --out artifacts",
        "cswh powerbi build --out /tmp/pbit --source /src/cswarehouse/powerbi",
        "cswh powerbi build --out artifacts/postgres --engine postgres",
    ];

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var project = PowerBiProject.Open(options.Get(Source.Name) ?? "powerbi");
        var engine = options.Get(Engine.Name) is { } text ? SingleSourceModel.Parse(text) : (TemplateEngine?)null;
        var result = PbitBuilder.Build(project, options.Require(Out.Name), engine);
        foreach (var part in result.Parts) terminal.Out.WriteLine($"  {part}");
        terminal.Out.WriteLine($"Wrote {result.File} ({result.Parts.Count} parts). Open it in Power BI Desktop; it asks for {Parameters(engine)}.");
        return ExitCodes.Success;
    }

    private static string Parameters(TemplateEngine? engine) => engine switch
    {
        null => "Engine, Server, Database and Folder",
        TemplateEngine.Parquet => "Folder",
        _ => "Server and Database",
    };
}
