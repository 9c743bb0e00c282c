using System.Globalization;
using CsWarehouse.Etl.Contracts;
using CsWarehouse.Generator.Output;

namespace CsWarehouse.Generator.Subscriptions;

/// <summary>
/// Replaces the generated subscriptions.csv with a month-end snapshot series in the chosen layout, one file per month
/// end, each named with its date so one load replays the series in order.
/// </summary>
internal static class SnapshotSeriesWriter
{
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
            var stem = layout == ExportLayout.Stripe ? "subscriptions" : Path.GetFileNameWithoutExtension(ContractFiles.SubscriptionSnapshots);
            var file = $"{stem}_{day:yyyy-MM-dd}.csv";
            using (var writer = new StreamWriter(Path.Combine(outDir, file), false, new System.Text.UTF8Encoding(false)))
            {
                writer.NewLine = "\n";
                writer.WriteLine(string.Join(',', layout == ExportLayout.Stripe ? StripeColumns : ContractFiles.SnapshotColumns));
                foreach (var row in rows)
                    CsvLine.Write(writer, layout == ExportLayout.Stripe ? Stripe(row, names) : Canonical(row));
            }
            written.Add(new GeneratedFile(file, rows.Count));
        }
        File.Delete(periodsPath);
        return written;
    }

    /// <summary>
    /// The row in the contract's column order, each value named by its column: a column the contract gains without a
    /// value here fails the write instead of shifting the others.
    /// </summary>
    private static IEnumerable<string?> Canonical(SnapshotRow row)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["subscription_id"] = row.SubscriptionId, ["customer_id"] = row.CustomerId, ["plan_id"] = row.PlanId,
            ["status"] = row.Status, ["currency"] = row.Currency,
            // Left empty: the load computes the MRR from the price, the normalisation these files are here to exercise.
            ["mrr"] = null,
            ["unit_amount"] = Amount(row.Price.UnitAmount), ["quantity"] = Number(row.Price.Quantity),
            ["billing_interval"] = row.Price.Interval, ["interval_count"] = Number(row.Price.IntervalCount),
            ["amount_unit"] = row.Price.Minor ? MonthlyAmount.Minor : MonthlyAmount.Major,
            ["started_on"] = Date(row.StartedOn), ["trial_end_on"] = Date(row.TrialEndOn),
            ["canceled_on"] = Date(row.EndedOn), ["ended_on"] = Date(row.EndedOn),
        };
        return ContractFiles.SnapshotColumns.Select(column => values.TryGetValue(column, out var value) ? value
            : throw new InvalidOperationException($"the generator has no value for snapshot column '{column}'"));
    }

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

    private static Dictionary<string, string> CustomerNames(string path) =>
        CsvRows.Read(path).Where(c => c["customer_name"] is not null)
            .ToDictionary(c => c["customer_id"]!, c => c["customer_name"]!, StringComparer.Ordinal);

    private static string Amount(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);
    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    private static string? Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string? Instant(DateOnly? day) => day is { } d ? Date(d) + " 00:00" : null;
}
