using CsWarehouse.Generator.Output;

namespace CsWarehouse.Generator.Dirt;

/// <summary>Makes a fixed share of one file's rows break one contract rule each and logs where.</summary>
internal sealed class DirtInjector
{
    private readonly double _rate;
    private readonly IReadOnlyList<DirtRule> _rules;
    private readonly CsvTable _log;
    // Starts at one half so a file of n rows gets round(n × rate) dirty rows, spread evenly.
    private double _due = 0.5;

    private DirtInjector(double rate, IReadOnlyList<DirtRule> rules, CsvTable log)
    {
        _rate = rate;
        _rules = rules;
        _log = log;
    }

    public long Injected { get; private set; }

    public static DirtInjector Attach(CsvTable table, double rate, CsvTable log)
    {
        var injector = new DirtInjector(rate, DirtRules.For(table.FileName), log);
        if (rate > 0 && injector._rules.Count > 0) table.BeforeWrite = injector.BeforeWrite;
        return injector;
    }

    private void BeforeWrite(CsvTable table, long line)
    {
        _due += _rate;
        if (_due < 1 || !table.DirtAllowed) return;
        _due -= 1;
        var rule = _rules[(int)(Injected % _rules.Count)];
        Breakage.Apply(rule, table, Injected);
        Injected++;
        _log.Row.Text(table.FileName).Int(line).Text(rule.Column).Text(RuleNames.Of(rule.Kind));
        _log.Commit();
    }
}
