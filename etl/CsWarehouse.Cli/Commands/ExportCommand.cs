using System.Globalization;
using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Publishing;

namespace CsWarehouse.Cli.Commands;

/// <summary><c>cswh export</c>: every kpi view and dw table to Parquet or CSV files, for Power BI or Excel without a database server.</summary>
public sealed class ExportCommand : Command
{
    private static readonly OptionSpec Format = new("--format", "FORMAT",
        "File format: parquet (what the Power BI template's Folder parameter reads) or csv (UTF-8 with a header row, for Excel and scripts).",
        "--format csv", "parquet");
    private static readonly OptionSpec Out = new("--out", "DIR",
        "Folder to write one <schema>.<table> file per view and table into (created if missing; files are replaced whole).",
        "--out export");

    public override string Name => "export";
    public override string Summary => "Export every kpi view and dw table to Parquet or CSV files (for Power BI or Excel).";
    public override IReadOnlyList<OptionSpec> Options => [CommonOptions.Db, Format, Out, CommonOptions.Bom, CommonOptions.Help];

    public override IReadOnlyList<string> Examples =>
    [
        "cswh export --out export",
        "cswh export --format csv --out /data/cswh-csv",
        "cswh export --db \"postgres:Host=db;Database=cswh;Username=report\" --out /srv/powerbi/cswh",
    ];

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var format = ExportFormats.Parse(options.Get(Format.Name) ?? "parquet", Format.Name);
        var folder = Path.GetFullPath(options.Require(Out.Name));
        var (target, log) = WarehouseSession.Resolve(options, terminal);
        IReadOnlyList<ExportedFile> files;
        using (var engine = WarehouseSession.OpenForReading(target, log))
            files = new WarehouseExporter(engine.Connection) { CsvByteOrderMark = options.Has(CommonOptions.Bom.Name) }
                .ExportAsync(folder, format, file => terminal.Out.WriteLine(Line(file)))
                .GetAwaiter().GetResult();
        terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {files.Count} {format.Extension()} files ({files.Sum(f => f.Rows):N0} rows, {Size(files.Sum(f => f.Bytes))}) to {folder}."));
        return ExitCodes.Success;
    }

    private static string Line(ExportedFile file) => string.Create(CultureInfo.InvariantCulture,
        $"  {Path.GetFileName(file.Path),-40} {file.Rows,12:N0} rows {Size(file.Bytes),10}");

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
    };
}
