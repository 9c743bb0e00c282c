namespace CsWarehouse.Generator;

/// <summary>What to generate: where, from which seed, how many customers over how many months, and how dirty.</summary>
/// <param name="OutDir">Folder that receives the canonical export files (created if missing).</param>
/// <param name="Seed">Same seed and options give byte-identical files.</param>
/// <param name="Customers">Number of customer accounts; agents scale at about one per 25 customers (at least 8).</param>
/// <param name="Months">Length of the period in months.</param>
/// <param name="Start">First month of the period (any day in it); default 2025-01-01.</param>
/// <param name="DirtyRate">Share of each file's rows (0 to 0.5) that break exactly one contract rule.</param>
/// <param name="TimeZone">IANA zone of the naive local timestamps; the load is told it as its source time zone.</param>
public sealed record GeneratorOptions(
    string OutDir,
    int Seed = 42,
    int Customers = 500,
    int Months = 12,
    DateOnly? Start = null,
    double DirtyRate = 0,
    string TimeZone = "Asia/Ho_Chi_Minh")
{
    public static readonly DateOnly DefaultStart = new(2025, 1, 1);

    /// <summary>The first day of the start month.</summary>
    public DateOnly StartMonth => Start is { } s ? new DateOnly(s.Year, s.Month, 1) : DefaultStart;

    /// <summary>The last day of the period: the day the export was taken, so the as-of day to load it with.</summary>
    public DateOnly LastDay => StartMonth.AddMonths(Months).AddDays(-1);

    /// <summary>Throws an <see cref="ArgumentException"/> that says which option is wrong and what is allowed.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(OutDir)) throw new ArgumentException("--out: give the folder to write the export into.");
        if (Customers < 1) throw new ArgumentException($"--customers must be at least 1 (got {Customers}).");
        if (Months is < 1 or > 240) throw new ArgumentException($"--months must be between 1 and 240 (got {Months}).");
        if (double.IsNaN(DirtyRate) || DirtyRate is < 0 or > 0.5)
            throw new ArgumentException($"--dirty-rate must be between 0 and 0.5 (got {DirtyRate}).");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            throw new ArgumentException($"Unknown time zone '{TimeZone}': use an IANA name such as Asia/Ho_Chi_Minh.");
    }
}
