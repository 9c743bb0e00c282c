using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Generator;
using CsWarehouse.Generator.Layouts;

namespace CsWarehouse.Cli.Commands;

/// <summary><c>cswh generate</c>: write a realistic, deterministic canonical export folder.</summary>
public sealed class GenerateCommand : Command
{
    private static readonly OptionSpec Out = new("--out", "DIR",
        "Folder to write the export files into (created if missing).", "--out data/generated");
    private static readonly OptionSpec Seed = new("--seed", "N",
        "Random seed: the same seed and options give byte-identical files.", "--seed 7", "42");
    private static readonly OptionSpec Customers = new("--customers", "N",
        "Number of customer accounts; tickets and calls scale with it (about one of each per customer-month).", "--customers 100000", "500");
    private static readonly OptionSpec Months = new("--months", "N",
        "Length of the period in months.", "--months 24", "12");
    private static readonly OptionSpec Start = new("--start", "YYYY-MM",
        "First month of the period.", "--start 2026-01", "2025-01");
    private static readonly OptionSpec DirtyRate = new("--dirty-rate", "RATE",
        "Share of each file's rows that break exactly one data rule (listed in generator/injected_rejects.csv).", "--dirty-rate 0.005", "0");
    private static readonly OptionSpec TimeZone = new("--time-zone", "ZONE",
        "IANA zone of the timestamps written without an offset; load with the same --source-tz.", "--time-zone Asia/Bangkok", "Asia/Ho_Chi_Minh");

    private static readonly OptionSpec Layout = new("--layout", "NAMES",
        "Also rewrite some files in vendor layouts (five9: calls, zendesk: tickets, zalo: star ratings, stripe or snapshots: subscriptions as month-end snapshots), comma-separated.",
        "--layout zendesk,five9,zalo");

    public override string Name => "generate";
    public override string Summary => "Write a realistic canonical export folder (for demos, tests and benchmarks).";
    public override IReadOnlyList<OptionSpec> Options => [Out, Seed, Customers, Months, Start, DirtyRate, TimeZone, Layout, CommonOptions.Help];

    public override IReadOnlyList<string> Examples =>
    [
        "cswh generate --out data/small",
        "cswh generate --out data/large --customers 100000 --months 12 --seed 1",
        "cswh generate --out data/dirty --dirty-rate 0.005 && cswh load --source data/dirty --source-tz Asia/Ho_Chi_Minh",
        "cswh generate --out data/vendors --layout zendesk,five9,zalo",
        "cswh generate --out data/billing --layout stripe --months 6",
    ];

    public override int Run(ParsedOptions options, Terminal terminal)
    {
        var generator = new GeneratorOptions(
            options.Require(Out.Name),
            options.GetInt(Seed.Name, 42),
            options.GetInt(Customers.Name, 500),
            options.GetInt(Months.Name, 12),
            options.GetDate(Start.Name, "yyyy-MM"),
            options.GetDouble(DirtyRate.Name, 0),
            options.Get(TimeZone.Name) ?? "Asia/Ho_Chi_Minh");
        try { generator.Validate(); }
        catch (ArgumentException e) { throw new ConfigurationException(e.Message); }
        var layouts = (options.Get(Layout.Name) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = layouts.Except(VendorLayouts.Names).ToList();
        if (unknown.Count > 0) throw new ConfigurationException($"--layout: unknown layout {string.Join(", ", unknown)} (known: {string.Join(", ", VendorLayouts.Names)}).");
        if (layouts.Length > 0 && generator.DirtyRate > 0) throw new ConfigurationException("--layout writes clean data only; leave out --dirty-rate.");

        var started = DateTime.UtcNow;
        var result = ExportGenerator.Run(generator, message => terminal.Error.WriteLine(message));
        VendorLayouts.Apply(generator.OutDir, layouts, generator.TimeZone);
        var seconds = (DateTime.UtcNow - started).TotalSeconds;
        foreach (var file in result.Files)
            terminal.Out.WriteLine($"  {file.FileName,-22} {file.Rows,12:N0} rows");
        var total = result.Files.Sum(f => f.Rows);
        terminal.Out.WriteLine($"  {"total",-22} {total,12:N0} rows in {seconds:0.0} s" +
                               (result.InjectedRejects > 0 ? $", {result.InjectedRejects:N0} made dirty on purpose" : ""));
        // The data's own clock and end: loading with today's as-of would stretch every running subscription's MRR to today.
        terminal.Out.WriteLine($"Load it with: cswh load --source {generator.OutDir} --source-tz {generator.TimeZone} " +
                               $"--reporting-tz {generator.TimeZone} --as-of {generator.LastDay:yyyy-MM-dd}");
        return ExitCodes.Success;
    }
}
