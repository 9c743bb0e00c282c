using System.Data.Common;
using System.Globalization;
using CsWarehouse.Etl.Kpi;
using CsWarehouse.Etl.PowerBi.Dax;

namespace CsWarehouse.Etl.PowerBi.Verify;

/// <summary>
/// Evaluates every measure of the semantic model over the warehouse, without Power BI, and compares it with what
/// <c>cswh kpi</c> computes: per month, agent, channel and topic, over the whole range, and for the previous period
/// and same period last year of each month and quarter. Counts must agree exactly (a blank count is 0), other values
/// to 1e-9 relative; a measure that cannot be evaluated, or has no check, fails.
/// </summary>
public static class ModelVerifier
{
    public const string PreviousPeriod = " previous period", SamePeriodLastYear = " same period last year";

    public static VerifyResult Verify(DbConnection connection, string modelFile)
    {
        var file = SemanticModelFile.Read(modelFile);
        var model = WarehouseModelData.Load(connection, file);
        var run = new VerifyRun(new DaxEvaluator(model));
        var notes = new List<string>();
        if (VerifyRange.Of(connection) is not { } range)
            return new VerifyResult(0, [new VerifyDifference("(all)", "whole range", "", "the warehouse holds no data to compare with")], notes);
        notes.Add($"months {KpiCalculator.MonthLabel(range.From)} to {KpiCalculator.MonthLabel(range.To)} (every month any fact the model reads has data)");

        var months = Compute(connection, KpiSlice.Month, range.From, range.To).Rows
            .ToDictionary(r => MonthKey(r.Labels[0]!), r => r.Values);
        var total = Compute(connection, KpiSlice.Total, range.From, range.To).Rows.Single().Values;

        foreach (var (month, values) in months) run.Codes(VerifySlice.Month(model, month), values);
        run.Codes(VerifySlice.Whole, total);
        Members(connection, run, model, range, KpiSlice.Agent, "agent", "Agent", "agent_id");
        Members(connection, run, model, range, KpiSlice.Channel, "channel", "Channel", "channel_code");
        Members(connection, run, model, range, KpiSlice.Topic, "topic", "Topic", "topic_name");

        VerifyTimeIntelligence.Check(connection, run, model, range, months);
        VerifyTargets.Check(connection, run, model, months, range);
        VerifyDerived.Check(run, model, months, total);

        foreach (var measure in model.Measures.Where(m => !run.Checked.Contains(m.Name)))
            run.Fail(measure.Name, "any", "", "no check compares this measure with the warehouse: add one to powerbi verify");
        return new VerifyResult(run.Passed, run.Failures, notes);
    }

    internal static KpiTable Compute(DbConnection connection, KpiSlice by, int from, int to) =>
        KpiCalculator.Compute(connection, new KpiRequest(by, from, to));

    internal static int MonthKey(string label) =>
        int.Parse(label[..4], CultureInfo.InvariantCulture) * 100 + int.Parse(label[5..7], CultureInfo.InvariantCulture);

    private static void Members(DbConnection connection, VerifyRun run, DaxModel model, VerifyRange range, KpiSlice by,
        string kind, string table, string column)
    {
        foreach (var row in Compute(connection, by, range.From, range.To).Rows)
            run.Codes(VerifySlice.Member(model, kind, table, column, row.Labels[0]), row.Values);
    }
}
