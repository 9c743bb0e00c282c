using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Generator.Output;

/// <summary>
/// The canonical export files the generator writes and their columns, all read from the export classes the load
/// validates with: the generator writes exactly what the load reads, in the same order, and a file or column added to
/// the contract reaches the generator by itself (a writer that does not fill the new column then fails loudly).
/// </summary>
internal static class ContractFiles
{
    public static readonly string Agents = FileOf<AgentsExport>();
    public static readonly string AgentShifts = FileOf<AgentShiftsExport>();
    public static readonly string Customers = FileOf<CustomersExport>();
    public static readonly string Plans = FileOf<PlansExport>();
    public static readonly string Tickets = FileOf<TicketsExport>();
    public static readonly string TicketMessages = FileOf<TicketMessagesExport>();
    public static readonly string Calls = FileOf<CallsExport>();
    public static readonly string Surveys = FileOf<SurveysExport>();
    public static readonly string Subscriptions = FileOf<SubscriptionsExport>();
    public static readonly string SupportCosts = FileOf<SupportCostsExport>();
    public static readonly string Targets = FileOf<TargetsExport>();
    public static readonly string FxRates = FileOf<FxRatesExport>();

    /// <summary>Subscription snapshots come as a dated series (this name's stem, then the day) from their own writer.</summary>
    public static readonly string SubscriptionSnapshots = FileOf<SubscriptionSnapshotsExport>();

    /// <summary>The columns of each file of that series.</summary>
    public static readonly string[] SnapshotColumns = ColumnsOf(Contract<SubscriptionSnapshotsExport>());

    /// <summary>Each file written with the simulation (every contract file but the snapshots) and its columns.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Columns = new SortedDictionary<string, string[]>(
        CanonicalExports.All.Where(e => e is not SubscriptionSnapshotsExport).ToDictionary(e => e.FileName, ColumnsOf),
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

    private static T Contract<T>() where T : Export => CanonicalExports.All.OfType<T>().Single();

    private static string FileOf<T>() where T : Export => Contract<T>().FileName;

    private static string[] ColumnsOf(Export export) => export.Fields.Select(f => f.Name).ToArray();
}
