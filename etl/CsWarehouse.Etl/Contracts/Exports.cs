namespace CsWarehouse.Etl.Contracts;

/// <summary>The canonical exports, in the order a load reads them (rates before the money that needs them).</summary>
public static class CanonicalExports
{
    public static IReadOnlyList<Export> All { get; } =
    [
        new FxRatesExport(),
        new AgentsExport(),
        new AgentShiftsExport(),
        new CustomersExport(),
        new PlansExport(),
        new TicketsExport(),
        new TicketMessagesExport(),
        new CallsExport(),
        new SurveysExport(),
        new SubscriptionsExport(),
        new SubscriptionSnapshotsExport(),
        new SupportCostsExport(),
        new TargetsExport(),
    ];

    public static Export? ForFile(string fileName) =>
        All.FirstOrDefault(e => string.Equals(e.FileName, fileName, StringComparison.OrdinalIgnoreCase));
}
