using CsWarehouse.Etl.PowerBi.Dax;

namespace CsWarehouse.Etl.PowerBi.Verify;

/// <summary>A slice to evaluate measures in: its label for people and the filters a visual's row would put on the model.</summary>
internal sealed record VerifySlice(string Label, IReadOnlyList<DaxFilter> Filters)
{
    public static VerifySlice Whole { get; } = new("whole range (no date picked)", []);

    public static VerifySlice Month(DaxModel model, int monthKey) =>
        new($"month {monthKey / 100:D4}-{monthKey % 100:D2}", [Equal(model, "Date", "month_key", (decimal)monthKey)]);

    public static VerifySlice Quarter(DaxModel model, int year, int quarter) =>
        new($"quarter {year}-Q{quarter}", [Equal(model, "Date", "year", (decimal)year), Equal(model, "Date", "quarter", (decimal)quarter)]);

    public static VerifySlice Member(DaxModel model, string kind, string table, string column, string? value) =>
        new($"{kind} {value ?? "(none)"}", [Equal(model, table, column, value)]);

    private static DaxFilter Equal(DaxModel model, string table, string column, object? value) =>
        DaxFilter.OnColumn(model.Table(table), column, v => Equals(v, value));
}
