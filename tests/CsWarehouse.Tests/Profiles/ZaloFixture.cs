namespace CsWarehouse.Tests.Profiles;

/// <summary>
/// Zalo ZNS service ratings as the rating/get API returns them (epoch-millisecond submitDate, feedback labels as an
/// array, Vietnamese text), and the same rows as a CSV a user built from it.
/// </summary>
public static class ZaloFixture
{
    public const string Json = """
        {"error": 0, "message": "Success", "data": {"total": 3, "data": [
          {"oaId": "4318", "note": "Nhân viên rất nhiệt tình", "rate": 5, "submitDate": 1772447400000, "msgId": "m-001", "feedbacks": ["Tư vấn nhanh", "Thân thiện"], "trackingId": "1001"},
          {"oaId": "4318", "note": null, "rate": 2, "submitDate": 1772471130250, "msgId": "m-002", "feedbacks": ["Chờ lâu"], "trackingId": "1002"},
          {"oaId": "4318", "note": "ok", "rate": 4, "submitDate": 1772496900000, "msgId": "m-003", "feedbacks": [], "trackingId": "1003"}
        ]}}
        """;

    public const string Csv = """
        oaId,note,rate,submitDate,msgId,feedbacks,trackingId
        4318,Nhân viên rất nhiệt tình,5,1772447400000,m-001,Tư vấn nhanh; Thân thiện,1001
        4318,,2,1772471130250,m-002,Chờ lâu,1002
        4318,ok,4,1772496900000,m-003,,1003
        """;

    /// <summary>What both files give in dw.fact_survey_response (UTC instants, one comment from note and feedbacks).</summary>
    public static readonly string[] Responses =
    [
        "m-001|rating|5|1|2026-03-02 10:30:00|1001|Nhân viên rất nhiệt tình; Tư vấn nhanh; Thân thiện|zalo",
        "m-002|rating|2|0|2026-03-02 17:05:30|1002|Chờ lâu|zalo",
        "m-003|rating|4|1|2026-03-03 00:15:00|1003|ok|zalo",
    ];
}
