namespace CsWarehouse.Generator.Time;

/// <summary>One month of the generated range: its days, season, an optional outage day, and day weights for sampling.</summary>
internal sealed record MonthSlot(int Index, int Year, int Month, int FirstDay, int Days, double Season, int IncidentDay, int IncidentTopic, double[] DayCumulative)
{
    public int EndDay => FirstDay + Days;

    public int LastDay => FirstDay + Days - 1;

    public bool HasIncident => IncidentDay >= 0;

    /// <summary>How many times the normal volume arrives on the outage day.</summary>
    public const double IncidentBoost = 3.0;
}
