namespace CsWarehouse.Tests.Profiles;

/// <summary>
/// A Five9 Call Log report in its common column layout, invented values: a call over an hour that ends after midnight,
/// an abandoned call whose agent is the null token [None], an outbound call, a Vietnamese agent name, an internal call.
/// </summary>
public static class Five9Fixture
{
    public const string Header =
        "CALL ID, TIMESTAMP, CAMPAIGN, CALL TYPE, AGENT, AGENT NAME, DISPOSITION, ANI, CUSTOMER NAME, DNIS, CALL TIME, BILL TIME (ROUNDED), COST, IVR TIME, QUEUE WAIT TIME, RING TIME, TALK TIME, HOLD TIME, PARK TIME, AFTER CALL WORK TIME, TRANSFERS, CONFERENCES, HOLDS, ABANDONED, RECORDINGS";

    public static string Csv() => VendorCsv.Build(Header,
        new()
        {
            ["CALL ID"] = "300001", ["TIMESTAMP"] = "Mon, 02 Mar 2026 09:15:00", ["CAMPAIGN"] = "Support VN", ["CALL TYPE"] = "Inbound",
            ["AGENT"] = "huong.nguyen", ["AGENT NAME"] = "Nguyễn Thị Hương", ["DISPOSITION"] = "Resolved", ["ANI"] = "84901234567",
            ["DNIS"] = "18001234", ["CALL TIME"] = "00:10:30", ["IVR TIME"] = "00:00:20", ["QUEUE WAIT TIME"] = "00:01:00",
            ["RING TIME"] = "00:00:10", ["TALK TIME"] = "00:08:00", ["HOLD TIME"] = "00:00:30", ["AFTER CALL WORK TIME"] = "00:01:00",
            ["ABANDONED"] = "0", ["PARK TIME"] = "00:00:00",
        },
        new()
        {
            ["CALL ID"] = "300002", ["TIMESTAMP"] = "Mon, 02 Mar 2026 23:40:00", ["CAMPAIGN"] = "Support VN", ["CALL TYPE"] = "Inbound",
            ["AGENT"] = "bob.stone", ["AGENT NAME"] = "Bob Stone", ["DISPOSITION"] = "Escalated", ["ANI"] = "84911112222", ["DNIS"] = "18001234",
            ["CALL TIME"] = "01:25:00", ["IVR TIME"] = "00:00:05", ["QUEUE WAIT TIME"] = "00:02:00", ["RING TIME"] = "00:00:05",
            ["TALK TIME"] = "01:20:00", ["HOLD TIME"] = "00:02:00", ["AFTER CALL WORK TIME"] = "00:00:50", ["ABANDONED"] = "0",
        },
        new()
        {
            ["CALL ID"] = "300003", ["TIMESTAMP"] = "Tue, 03 Mar 2026 10:00:00", ["CAMPAIGN"] = "Support VN", ["CALL TYPE"] = "Inbound",
            ["AGENT"] = "[None]", ["AGENT NAME"] = "[None]", ["DISPOSITION"] = "Abandon", ["ANI"] = "84933334444", ["DNIS"] = "18001234",
            ["CALL TIME"] = "00:00:45", ["IVR TIME"] = "00:00:15", ["QUEUE WAIT TIME"] = "00:00:30", ["RING TIME"] = "00:00:00",
            ["TALK TIME"] = "00:00:00", ["HOLD TIME"] = "00:00:00", ["AFTER CALL WORK TIME"] = "00:00:00", ["ABANDONED"] = "1",
        },
        new()
        {
            ["CALL ID"] = "300004", ["TIMESTAMP"] = "Tue, 03 Mar 2026 11:00:00", ["CAMPAIGN"] = "Callbacks", ["CALL TYPE"] = "Outbound",
            ["AGENT"] = "huong.nguyen", ["AGENT NAME"] = "Nguyễn Thị Hương", ["DISPOSITION"] = "Callback done", ["ANI"] = "18001234",
            ["DNIS"] = "84907654321", ["CALL TIME"] = "00:05:00", ["IVR TIME"] = "00:00:00", ["QUEUE WAIT TIME"] = "00:00:00",
            ["RING TIME"] = "00:00:20", ["TALK TIME"] = "00:04:40", ["HOLD TIME"] = "00:00:00", ["AFTER CALL WORK TIME"] = "00:00:00",
            ["ABANDONED"] = "0",
        },
        new()
        {
            ["CALL ID"] = "300005", ["TIMESTAMP"] = "Tue, 03 Mar 2026 12:00:00", ["CALL TYPE"] = "Internal", ["AGENT"] = "bob.stone",
            ["AGENT NAME"] = "Bob Stone", ["CALL TIME"] = "00:01:00", ["TALK TIME"] = "00:01:00", ["ABANDONED"] = "0",
        });
}
