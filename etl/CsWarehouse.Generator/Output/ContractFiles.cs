namespace CsWarehouse.Generator.Output;

/// <summary>The canonical export files of docs/contract.md and their columns, in the order the generator writes them.</summary>
internal static class ContractFiles
{
    public const string Agents = "agents.csv";
    public const string AgentShifts = "agent_shifts.csv";
    public const string Customers = "customers.csv";
    public const string Plans = "plans.csv";
    public const string Tickets = "tickets.csv";
    public const string TicketMessages = "ticket_messages.csv";
    public const string Calls = "calls.csv";
    public const string Surveys = "surveys.csv";
    public const string Subscriptions = "subscriptions.csv";
    public const string SupportCosts = "support_costs.csv";
    public const string Targets = "targets.csv";
    public const string FxRates = "fx_rates.csv";

    /// <summary>The files written here; subscription snapshots come as a dated series from their own writer.</summary>
    private static readonly string[] Written =
        [Agents, AgentShifts, Customers, Plans, Tickets, TicketMessages, Calls, Surveys, Subscriptions, SupportCosts, Targets, FxRates];

    /// <summary>
    /// Each file's columns, read from the export classes the load validates with: the generator writes exactly what
    /// the load reads, in the same order, and a column added to the contract reaches the generator by itself.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Columns = new SortedDictionary<string, string[]>(
        CsWarehouse.Etl.Contracts.CanonicalExports.All.Where(e => Written.Contains(e.FileName)).ToDictionary(e => e.FileName, e => e.Fields.Select(f => f.Name).ToArray()),
        StringComparer.Ordinal);

    /// <summary>How each file writes timestamps; files without timestamps are absent.</summary>
    public static readonly IReadOnlyDictionary<string, TimeStyle> TimeStyles = new SortedDictionary<string, TimeStyle>(StringComparer.Ordinal)
    {
        [Tickets] = TimeStyle.Offset,
        [TicketMessages] = TimeStyle.Utc,
        [Calls] = TimeStyle.Local,
        [Surveys] = TimeStyle.Local,
    };

    /// <summary>Auxiliary outputs live under generator/ because a load reads only top-level CSV files.</summary>
    public const string AuxiliaryFolder = "generator";
}
