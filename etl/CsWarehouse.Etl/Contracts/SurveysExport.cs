using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Contracts;

/// <summary>surveys.csv: one row per survey response (nps, csat, ces, rating).</summary>
public sealed class SurveysExport : Export
{
    private static readonly Field ResponseId = Field.Key("response_id", required: true);
    private static readonly Field SurveyType = Field.Code("survey_type", required: true, allowed: ["nps", "csat", "ces", "rating"]);
    private static readonly Field Score = Field.Decimal("score", required: true, scale: 3, precision: 9);
    private static readonly Field ScaleMax = Field.Integer("scale_max", min: 1, exclusive: true);

    public SurveysExport() : base("surveys", "survey_response",
    [
        ResponseId,
        Field.Instant("responded_at", required: true),
        SurveyType,
        Score,
        ScaleMax,
        Field.Key("customer_id"),
        Field.Key("ticket_id"),
        Field.Key("call_id"),
        Field.Key("agent_id"),
        Field.Code("channel"),
        Field.LongText("comment"),
    ], [ResponseId],
    [
        new ColumnLayout("score_scaled", ValueKind.Decimal),
    ]) { }

    /// <summary>The standard scale of a survey type: nps 0–10, csat 1–5, ces 1–7, rating 1–5.</summary>
    public static (int Min, int Max) StandardScale(string type) => type switch
    {
        "nps" => (0, 10),
        "ces" => (1, 7),
        _ => (1, 5),
    };

    public override void Check(ParsedRow row, LoadContext context)
    {
        if (row.Text(SurveyType) is not { } type || row.Get<decimal>(Score) is not { } score) return;
        var (min, max) = StandardScale(type);
        max = row.Get<int>(ScaleMax) ?? max;
        if (score < min || score > max)
            row.Reject(Score, $"is outside the {type} scale {min}–{max}");
    }

    // A response on another top of scale (e.g. a 1–5 CES) is mapped linearly onto the standard scale.
    public override void Extend(ParsedRow row, LoadContext context, object?[] extras)
    {
        var type = row.Text(SurveyType)!;
        var score = row.Get<decimal>(Score)!.Value;
        var (min, max) = StandardScale(type);
        var top = row.Get<int>(ScaleMax) ?? max;
        extras[0] = top == max ? score : Math.Round(min + (score - min) * (max - min) / (top - min), 3);
    }
}
