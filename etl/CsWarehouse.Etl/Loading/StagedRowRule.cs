using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Loading;

/// <summary>
/// A rule on a staged row that needs other rows to decide: other rows of the file, or what the warehouse holds.
/// Rows it finds leave staging before conform, each reported with its line: as a rejected row, or as a warning.
/// </summary>
/// <param name="Column">The column the report names.</param>
/// <param name="Offending">The condition on a staged row, given the name its columns are qualified with.</param>
/// <param name="Reason">Why the row is left out, as the report says it.</param>
/// <param name="Rejects">True: a rejected row (bad data); false: a skipped row, reported as a warning.</param>
public sealed record StagedRowRule(string Column, Func<string, string> Offending, string Reason, bool Rejects)
{
    /// <summary>A staged value as the export wrote it: dates as yyyy-MM-dd, whatever type the engine returns them in.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private const string OpenEnd = "cast('9999-12-31' as date)";

    /// <summary>The rules for one export file of a run, in the order they apply.</summary>
    public static IEnumerable<StagedRowRule> For(Export export, LoadSettings settings)
    {
        if (!settings.AllowOlder && OlderThanWarehouse(export) is { } older) yield return older;
        if (export is not SubscriptionsExport) yield break;
        yield return OverlappingPeriodInFile;
        yield return OverlappingPeriodLoaded;
    }

    /// <summary>
    /// A row is as recent as its export's as-of day; one the warehouse holds from a later export is not taken back
    /// to an older state (a solved ticket reopened, a cancelled subscription running again).
    /// </summary>
    private static StagedRowRule? OlderThanWarehouse(Export export)
    {
        var (table, keys) = export switch
        {
            TicketsExport => ("dw.fact_ticket", new[] { "ticket_id" }),
            SubscriptionsExport => ("dw.subscription_period", ["subscription_id", "started_on"]),
            _ => (null, []),
        };
        if (table is null) return null;
        return new StagedRowRule(keys[0],
            row => $"exists (select 1 from {table} w cross join stg.load_context ctx where " +
                   string.Join(" and ", keys.Select(k => $"w.{k} = {row}.{k}")) + " and w.source_as_of > ctx.as_of_date_key)",
            "older than the warehouse: a later export already loaded this row, so it was skipped (--allow-older replays it)",
            Rejects: false);
    }

    // Two periods of one subscription covering the same day would count its MRR twice. Two rules, not one with
    // "or": each is then a single semi-join, which every engine hashes instead of probing row by row.
    private static readonly StagedRowRule OverlappingPeriodInFile = new("started_on",
        row => $"""
            exists (select 1 from stg.subscription o
                    where o.subscription_id = {row}.subscription_id
                      and o.line_number < {row}.line_number
                      and o.started_on <> {row}.started_on
                      and o.started_on < coalesce({row}.ended_on, {OpenEnd})
                      and {row}.started_on < coalesce(o.ended_on, {OpenEnd}))
            """,
        "overlaps an earlier period of the same subscription in this file: its MRR would count twice",
        Rejects: true);

    private static readonly StagedRowRule OverlappingPeriodLoaded = new("started_on",
        row => $"""
            exists (select 1 from dw.subscription_period p
                    where p.subscription_id = {row}.subscription_id
                      and p.started_on <> {row}.started_on
                      and p.started_on < coalesce({row}.ended_on, {OpenEnd})
                      and {row}.started_on < coalesce(p.ended_on, {OpenEnd})
                      and not exists (select 1 from stg.subscription r
                                      where r.subscription_id = p.subscription_id and r.started_on = p.started_on))
            """,
        "overlaps a period of the same subscription already loaded (and not replaced by this file): its MRR would count twice",
        Rejects: true);

    /// <summary>Every rule a load may apply, for the tests that check how the engines plan them.</summary>
    public static IEnumerable<(Export Export, StagedRowRule Rule)> All =>
        CanonicalExports.All.SelectMany(e => For(e, new LoadSettings()).Select(r => (e, r)));
}
