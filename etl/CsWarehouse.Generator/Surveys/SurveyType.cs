using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Randomness;

namespace CsWarehouse.Generator.Surveys;

/// <summary>A survey scale; a CES run by the older tool asks on 1-5 and says so in scale_max.</summary>
internal sealed record SurveyType(string Code, int Min, int Max, int? ScaleMax)
{
    public static readonly SurveyType Nps = new("nps", 0, 10, null);
    public static readonly SurveyType Csat = new("csat", 1, 5, null);
    public static readonly SurveyType Ces = new("ces", 1, 7, null);
    public static readonly SurveyType CesFivePoint = new("ces", 1, 5, 5);
    public static readonly SurveyType Rating = new("rating", 1, 5, null);

    /// <summary>The survey a channel sends after a solved issue: IVR CSAT or CES on the phone, star ratings in chat apps.</summary>
    public static SurveyType After(Channel channel, Rng rng) => channel.Code switch
    {
        "phone" => rng.Chance(0.6) ? Csat : CesOf(rng),
        "chat" => rng.Chance(0.7) ? Rating : Csat,
        "zalo" => Rating,
        "social" => rng.Chance(0.5) ? Rating : Csat,
        _ => rng.Chance(0.6) ? Csat : CesOf(rng),
    };

    private static SurveyType CesOf(Rng rng) => rng.Chance(0.12) ? CesFivePoint : Ces;

    /// <summary>A score on this scale for a latent satisfaction: the better it went, the higher, with personal noise.</summary>
    public int Score(double quality, Rng rng)
    {
        double share = Weights.Logistic(1.2 * (quality + rng.Normal()));
        return Min + (int)Math.Round((Max - Min) * share);
    }
}
