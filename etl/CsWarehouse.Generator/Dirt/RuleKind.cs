namespace CsWarehouse.Generator.Dirt;

/// <summary>A data-contract rule that an injected dirty row breaks; each comes from docs/contract.md or docs/kpi.md.</summary>
internal enum RuleKind
{
    MissingRequired,
    UnparseableTimestamp,
    UnparseableDate,
    UnparseableMonth,
    UnparseableInteger,
    UnparseableDecimal,
    UnparseableBoolean,
    NegativeInteger,
    ContactsBelowOne,
    NotPositive,
    BeforeCreatedAt,
    NegativeDuration,
    ScoreOutsideScale,
    UnknownSurveyType,
    UnknownAuthor,
    NegativeAmount,
    CurrencyWithoutRate,
}

/// <summary>The names written to generator/injected_rejects.csv for each rule.</summary>
internal static class RuleNames
{
    public static string Of(RuleKind kind) => kind switch
    {
        RuleKind.MissingRequired => "missing_required",
        RuleKind.UnparseableTimestamp => "unparseable_timestamp",
        RuleKind.UnparseableDate => "unparseable_date",
        RuleKind.UnparseableMonth => "unparseable_month",
        RuleKind.UnparseableInteger => "unparseable_integer",
        RuleKind.UnparseableDecimal => "unparseable_decimal",
        RuleKind.UnparseableBoolean => "unparseable_boolean",
        RuleKind.NegativeInteger => "negative_integer",
        RuleKind.ContactsBelowOne => "contacts_below_one",
        RuleKind.NotPositive => "not_positive",
        RuleKind.BeforeCreatedAt => "before_created_at",
        RuleKind.NegativeDuration => "negative_duration",
        RuleKind.ScoreOutsideScale => "score_outside_scale",
        RuleKind.UnknownSurveyType => "unknown_survey_type",
        RuleKind.UnknownAuthor => "unknown_author",
        RuleKind.NegativeAmount => "negative_amount",
        RuleKind.CurrencyWithoutRate => "currency_without_rate",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
