namespace CsWarehouse.Tests.Kpi;

/// <summary>
/// One row of a <c>cswh kpi</c> report, as the test recomputes it: the days it covers and, for an agent, channel or
/// topic row, which one (null = the rows that name none).
/// </summary>
internal sealed record KpiScope(DateOnly First, DateOnly Last, string By, string? Key)
{
    public int Days => Last.DayNumber - First.DayNumber + 1;

    public bool Covers(DateTime instant) => Covers(KpiTime.Day(instant));

    public bool Covers(DateOnly day) => day >= First && day <= Last;

    public bool Is(string by, string? value) => By != by || Key == value;

    /// <summary>The scope of one report row: its month or day, or the whole report for agents, channels and topics.</summary>
    public static KpiScope Of(string by, string? label, DateOnly reportFirst, DateOnly reportLast) => by switch
    {
        "month" => new(DateOnly.ParseExact(label + "-01", "yyyy-MM-dd"), DateOnly.ParseExact(label + "-01", "yyyy-MM-dd").AddMonths(1).AddDays(-1), by, null),
        "day" => new(DateOnly.ParseExact(label!, "yyyy-MM-dd"), DateOnly.ParseExact(label!, "yyyy-MM-dd"), by, null),
        _ => new(reportFirst, reportLast, by, string.IsNullOrEmpty(label) ? null : label),
    };
}
