using CsWarehouse.Etl.Configuration;

namespace CsWarehouse.Etl.Reading;

/// <summary>What validating and staging a row needs beyond the row: settings and the exchange rates known so far.</summary>
public sealed class LoadContext(LoadSettings settings)
{
    private readonly Dictionary<(int MonthKey, string Currency), decimal> _rates = [];
    private const int NotesKeptPerFile = 1000;
    private readonly List<(long Line, RowProblem Note)> _notes = [];
    private long _notesNotKept;

    public LoadSettings Settings { get; } = settings;

    /// <summary>The name of the file being read, as rejects and warnings name it.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The day the file being read shows: a dated snapshot's date, otherwise the run's as-of day.</summary>
    public DateOnly FileAsOf { get; set; }

    public void AddRate(int monthKey, string currency, decimal rate) => _rates[(monthKey, currency.ToUpperInvariant())] = rate;

    /// <summary>Units of the reporting currency per unit of <paramref name="currency"/> in a month, or null if unknown.</summary>
    public decimal? RateFor(string currency, int monthKey) =>
        string.Equals(currency, Settings.ReportingCurrency, StringComparison.OrdinalIgnoreCase) ? 1m
        : _rates.TryGetValue((monthKey, currency.ToUpperInvariant()), out var rate) ? rate
        : null;

    /// <summary>Keeps the notes of a row that loads, for the run's warnings: the first thousand of a file, and a count of the rest.</summary>
    public void KeepNotes(ParsedRow row, long line)
    {
        foreach (var note in row.Notes)
        {
            if (_notes.Count < NotesKeptPerFile) _notes.Add((line, note));
            else _notesNotKept++;
        }
    }

    /// <summary>The notes kept since the last call, in line order, with how many more there were; then forgets them.</summary>
    public (IReadOnlyList<(long Line, RowProblem Note)> Kept, long More) TakeNotes()
    {
        var taken = (_notes.ToList(), _notesNotKept);
        _notes.Clear();
        _notesNotKept = 0;
        return taken;
    }

    public static int MonthKey(DateOnly day) => day.Year * 100 + day.Month;
    public static int DateKey(DateOnly day) => day.Year * 10000 + day.Month * 100 + day.Day;
}
