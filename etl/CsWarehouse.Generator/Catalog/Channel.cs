using CsWarehouse.Generator.Randomness;

namespace CsWarehouse.Generator.Catalog;

/// <summary>A contact channel and how it behaves: volume, speed, conversation length and survey habits.</summary>
internal sealed record Channel(
    string Code,
    double Weight,
    double FirstReplyMedianSeconds,
    double ReplyMedianSeconds,
    double CustomerReplyMedianSeconds,
    int MaxExchanges,
    double FcrBias,
    double SurveyRate,
    double[] HourCumulative)
{
    public bool IsPhone => Code == "phone";

    /// <summary>Back-and-forth exchanges within one contact: a chat goes on, an email is one message each way.</summary>
    public int Exchanges(Rng rng) => MaxExchanges <= 1 ? 1 : 1 + rng.Next(MaxExchanges);
}

/// <summary>The six channels of the data set; phone is answered through calls, the rest through messages.</summary>
internal static class Channels
{
    // Hour-of-day weights (local time). Phone and chat are staffed 08-21; email and web arrive
    // around the clock but mostly in office hours; messaging apps peak again in the evening.
    private static readonly double[] Office =
        [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 4, 7, 8, 7.5, 5, 6, 7, 6.5, 5.5, 4, 2.5, 2, 1.5, 1, 0.6, 0.4];
    private static readonly double[] Line =
        [0, 0, 0, 0, 0, 0, 0, 0, 5, 9, 10, 9, 6, 7, 8.5, 8, 6.5, 5, 3.5, 3, 2.5, 0, 0, 0];
    private static readonly double[] Messaging =
        [0, 0, 0, 0, 0, 0, 0, 0, 4, 6, 7, 6.5, 5.5, 5.5, 6, 6, 5.5, 5, 5, 6, 6.5, 0, 0, 0];

    public static readonly Channel[] All =
    [
        new("phone", 28, 0, 0, 0, 1, 0.3, 0.20, Weights.Cumulative(Line)),
        new("email", 22, 3 * 3600, 2 * 3600, 5 * 3600, 1, -0.2, 0.22, Weights.Cumulative(Office)),
        new("chat", 20, 75, 45, 60, 5, 0.2, 0.35, Weights.Cumulative(Messaging)),
        new("web", 12, 4 * 3600, 3 * 3600, 6 * 3600, 1, -0.3, 0.22, Weights.Cumulative(Office)),
        new("zalo", 12, 8 * 60, 4 * 60, 6 * 60, 3, 0.1, 0.30, Weights.Cumulative(Messaging)),
        new("social", 6, 40 * 60, 20 * 60, 30 * 60, 2, -0.1, 0.18, Weights.Cumulative(Messaging)),
    ];

    public static Channel Phone => All[0];

    public static int IndexOf(string code) => Array.FindIndex(All, c => c.Code == code);
}
