using System.Globalization;
using CsWarehouse.Etl.Contracts;
using CsWarehouse.Etl.Reading;
using CsWarehouse.Generator.Output;

namespace CsWarehouse.Generator.Subscriptions;

/// <summary>
/// Replaces the generated subscriptions.csv with a month-end snapshot series in the chosen layout, one file per month
/// end, each named with its date so one load replays the series in order.
/// </summary>
internal static class SnapshotSeriesWriter
{
    public static readonly string[] CanonicalColumns =
    [
        "subscription_id", "customer_id", "plan_id", "status", "currency", "unit_amount", "quantity", "billing_interval",
        "interval_count", "amount_unit", "started_on", "trial_end_on", "canceled_on", "ended_on",
    ];

    /// <summary>The header of Stripe's Billing → Subscriptions export.</summary>
    public static readonly string[] StripeColumns =
    [
        "id", "Customer ID", "Customer Name", "Customer Email", "Plan", "Product", "Quantity", "Currency", "Interval", "Amount",
        "Status", "Cancellation Reason", "Created (UTC)", "Start (UTC)", "Start Date (UTC)", "Current Period Start (UTC)",
        "Current Period End (UTC)", "Trial Start (UTC)", "Trial End (UTC)", "Canceled At (UTC)", "Ended At (UTC)",
    ];

    /// <summary>Writes the series and removes subscriptions.csv; returns the files written with their row counts.</summary>
    public static IReadOnlyList<GeneratedFile> Write(string outDir, ExportLayout layout, DateOnly lastDay)
    {
        var periodsPath = Path.Combine(outDir, ContractFiles.Subscriptions);
        var periods = SnapshotSeries.ReadPeriods(periodsPath);
        var names = layout == ExportLayout.Stripe ? CustomerNames(Path.Combine(outDir, ContractFiles.Customers)) : [];
        var written = new List<GeneratedFile>();
        foreach (var (day, rows) in SnapshotSeries.MonthEnds(periods, lastDay))
        {
            var stem = layout == ExportLayout.Stripe ? "subscriptions" : "subscription_snapshots";
            var file = $"{stem}_{day:yyyy-MM-dd}.csv";
            using (var writer = new StreamWriter(Path.Combine(outDir, file), false, new System.Text.UTF8Encoding(false)))
            {
                writer.NewLine = "\n";
                writer.WriteLine(string.Join(',', layout == ExportLayout.Stripe ? StripeColumns : CanonicalColumns));
                foreach (var row in rows)
                    writer.WriteLine(string.Join(',', (layout == ExportLayout.Stripe ? Stripe(row, names) : Canonical(row)).Select(Field)));
            }
            written.Add(new GeneratedFile(file, rows.Count));
        }
        File.Delete(periodsPath);
        return written;
    }

    private static IEnumerable<string?> Canonical(SnapshotRow row) =>
    [
        row.SubscriptionId, row.CustomerId, row.PlanId, row.Status, row.Currency, Amount(row.Price.UnitAmount),
        Number(row.Price.Quantity), row.Price.Interval, Number(row.Price.IntervalCount), row.Price.Minor ? "minor" : "major",
        Date(row.StartedOn), Date(row.TrialEndOn), Date(row.EndedOn), Date(row.EndedOn),
    ];

    private static IEnumerable<string?> Stripe(SnapshotRow row, Dictionary<string, string> names)
    {
        // The dashboard export has amounts in major units and no interval count: such prices are written per month.
        var price = row.Price.Minor || row.Price.IntervalCount != 1
            ? new SnapshotPrice(InMajor(row) / row.Price.IntervalCount, 1, "month", 1, false)
            : row.Price;
        var trialStart = row.TrialEndOn is null ? null : Instant(row.StartedOn);
        return
        [
            row.SubscriptionId, row.CustomerId, names.GetValueOrDefault(row.CustomerId), null, row.PlanId, null,
            Number(price.Quantity), row.Currency.ToLowerInvariant(), price.Interval, Amount(price.UnitAmount), row.Status, null,
            Instant(row.StartedOn), Instant(row.StartedOn), Instant(row.StartedOn), null, null, trialStart, Instant(row.TrialEndOn),
            Instant(row.EndedOn), Instant(row.EndedOn),
        ];
    }

    private static decimal InMajor(SnapshotRow row) =>
        MonthlyAmount.InMajorUnits(row.Price.UnitAmount, row.Currency, row.Price.Minor ? MonthlyAmount.Minor : MonthlyAmount.Major);

    private static Dictionary<string, string> CustomerNames(string path)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        using var source = new CsvRecordSource(File.OpenRead(path), _ => { });
        while (source.Read())
            if (source.TextAt(0) is { } id && source.TextAt(1) is { } name) names[id] = name;
        return names;
    }

    private static string Field(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static string Amount(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);
    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    private static string? Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string? Instant(DateOnly? day) => day is { } d ? Date(d) + " 00:00" : null;
}
