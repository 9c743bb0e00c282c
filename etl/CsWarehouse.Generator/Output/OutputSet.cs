using CsWarehouse.Generator.Dirt;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Output;

/// <summary>All files of one generator run, open together so rows can be written to each as the simulation goes.</summary>
internal sealed class OutputSet : IDisposable
{
    public const string RosterStartFile = "roster_start/agents.csv";
    public const string RejectsFile = "injected_rejects.csv";
    private readonly Dictionary<string, CsvTable> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirtInjector> _injectors = new(StringComparer.Ordinal);

    public OutputSet(string outDir, ZoneClock clock, double dirtyRate)
    {
        string aux = Path.Combine(outDir, ContractFiles.AuxiliaryFolder);
        Rejects = new CsvTable(Path.Combine(aux, RejectsFile), RejectsFile, ["file", "line", "column", "rule"], clock);
        RosterAtStart = new CsvTable(Path.Combine(aux, RosterStartFile), RosterStartFile, ContractFiles.Columns[ContractFiles.Agents], clock);
        foreach (var (file, columns) in ContractFiles.Columns)
        {
            var style = ContractFiles.TimeStyles.GetValueOrDefault(file, TimeStyle.Local);
            var table = new CsvTable(Path.Combine(outDir, file), file, columns, clock, style);
            _tables[file] = table;
            _injectors[file] = DirtInjector.Attach(table, dirtyRate, Rejects);
        }
    }

    public CsvTable Rejects { get; }

    public CsvTable RosterAtStart { get; }

    public CsvTable this[string file] => _tables[file];

    /// <summary>The contract files in name order with their row and injected-reject counts.</summary>
    public IEnumerable<(string File, long Rows, long Injected)> Counts() =>
        _tables.Keys.Order(StringComparer.Ordinal).Select(f => (f, _tables[f].Rows, _injectors[f].Injected));

    public void Dispose()
    {
        foreach (var table in _tables.Values) table.Dispose();
        RosterAtStart.Dispose();
        Rejects.Dispose();
    }
}
