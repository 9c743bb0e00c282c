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
public sealed class ModelVerifier
{
    public const string PreviousPeriod = " previous period", SamePeriodLastYear = " same period last year";

    private readonly DbConnection _connection;
    private readonly DaxModel _model;
    private readonly VerifyRange? _range;
    private readonly Dictionary<(KpiSlice, int, int), KpiTable> _computed = [];

    /// <summary>Reads the model's tables from the warehouse once; <see cref="Run"/> may then check the model or mutated copies of its measures.</summary>
    public ModelVerifier(DbConnection connection, string modelFile)
    {
        _connection = connection;
        var file = SemanticModelFile.Read(modelFile);
        Measures = file.Measures;
        _model = WarehouseModelData.Load(connection, file);
        _range = VerifyRange.Of(connection);
    }

    /// <summary>The measures of the model file, as read.</summary>
    public IReadOnlyList<DaxMeasure> Measures { get; }

    public static VerifyResult Verify(DbConnection connection, string modelFile) => new ModelVerifier(connection, modelFile).Run();

    /// <summary>Checks the measures given (default: the model's); with <paramref name="only"/>, just those measures.</summary>
    public VerifyResult Run(IReadOnlyList<DaxMeasure>? measures = null, IReadOnlySet<string>? only = null)
    {
        var model = measures is null ? _model : _model.With(measures);
        var run = new VerifyRun(new DaxEvaluator(model), only);
        if (_range is not { } range)
            return new VerifyResult(0, [new VerifyDifference("(all)", "whole range", "", "the warehouse holds no data to compare with")], []);
        List<string> notes = [$"months {KpiCalculator.MonthLabel(range.From)} to {KpiCalculator.MonthLabel(range.To)} (every month any fact the model reads has data)"];

        var months = Compute(KpiSlice.Month, range.From, range.To).Rows.ToDictionary(r => MonthKey(r.Labels[0]!), r => r.Values);
        var total = Compute(KpiSlice.Total, range.From, range.To).Rows.Single().Values;
        foreach (var (month, values) in months) run.Codes(VerifySlice.Month(model, month), values);
        run.Codes(VerifySlice.Whole, total);
        Members(run, model, range, KpiSlice.Agent, "agent", "Agent", "agent_id");
        Members(run, model, range, KpiSlice.Channel, "channel", "Channel", "channel_code");
        Members(run, model, range, KpiSlice.Topic, "topic", "Topic", "topic_name");

        VerifyTimeIntelligence.Check(Compute, run, model, range, months);
        VerifyTargets.Check(_connection, run, model, months, range);
        VerifyDerived.Check(run, model, months, total);

        if (only is null)
            foreach (var measure in model.Measures.Where(m => !run.Checked.Contains(m.Name)))
                run.Fail(measure.Name, "any", "", "no check compares this measure with the warehouse: add one to powerbi verify");
        return new VerifyResult(run.Passed, run.Failures, notes) { Compared = run.Compared };
    }

    private KpiTable Compute(KpiSlice by, int from, int to)
    {
        if (!_computed.TryGetValue((by, from, to), out var table))
            _computed[(by, from, to)] = table = KpiCalculator.Compute(_connection, new KpiRequest(by, from, to));
        return table;
    }

    internal static int MonthKey(string label) =>
        int.Parse(label[..4], CultureInfo.InvariantCulture) * 100 + int.Parse(label[5..7], CultureInfo.InvariantCulture);

    private void Members(VerifyRun run, DaxModel model, VerifyRange range, KpiSlice by, string kind, string table, string column)
    {
        foreach (var row in Compute(by, range.From, range.To).Rows)
            run.Codes(VerifySlice.Member(model, kind, table, column, row.Labels[0]), row.Values);
    }
}
