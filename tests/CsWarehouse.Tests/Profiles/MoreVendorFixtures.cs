namespace CsWarehouse.Tests.Profiles;

/// <summary>
/// Asterisk, Freshdesk, Talkdesk and Typeform files in their documented layouts with invented values; each has a row
/// across midnight, a duration over an hour, a null or missing value and a non-ASCII name.
/// </summary>
public static class MoreVendorFixtures
{
    /// <summary>Asterisk cdr_csv writes no header; the last row has no uniqueid, so its call id is a derived key.</summary>
    public const string AsteriskMaster = """"
        "","0901234567","6000","from-pstn","""Nguyễn Văn An"" <0901234567>","SIP/trunk-00000001","SIP/101-00000002","Dial","SIP/101,30","2026-03-02 09:00:00","2026-03-02 09:00:12","2026-03-02 09:05:12",312,300,"ANSWERED","DOCUMENTATION","1772442000.1",""
        "","0907654321","6000","from-pstn","""Bob"" <0907654321>","SIP/trunk-00000003","SIP/102-00000004","Dial","SIP/102,30","2026-03-02 23:30:00","2026-03-02 23:30:20","2026-03-03 00:45:20",4520,4500,"ANSWERED","DOCUMENTATION","1772469000.3",""
        "","0911111111","6000","from-pstn","""0911111111"" <0911111111>","SIP/trunk-00000005","","Queue","support","2026-03-03 10:00:00","","2026-03-03 10:00:40",40,0,"NO ANSWER","DOCUMENTATION","1772506800.5",""
        "","101","0988888888","from-internal","""Agent 101"" <101>","SIP/101-00000006","SIP/trunk-00000007","Dial","SIP/trunk/0988888888","2026-03-03 11:00:00","2026-03-03 11:00:05","2026-03-03 11:02:05",125,120,"ANSWERED","DOCUMENTATION","",""
        """";

    public const string FreshdeskHeader =
        "Ticket ID, Subject, Status, Priority, Source, Type, Agent, Group, Created time, Due by Time, Resolved time, Closed time, Last update time, Initial response time, Time tracked, First response time (in hrs), Resolution time (in hrs), Agent interactions, Customer interactions, Resolution status, First response status, Tags, Summary, Full name, Contact ID";

    /// <summary>First response time once as decimal hours, once as H:MM:SS (public parsers disagree which one the export writes).</summary>
    public static string Freshdesk() => VendorCsv.Build(FreshdeskHeader,
        new()
        {
            ["Ticket ID"] = "501", ["Subject"] = "Đổi mật khẩu", ["Status"] = "Resolved", ["Priority"] = "Medium", ["Source"] = "Email",
            ["Type"] = "Question", ["Agent"] = "Lê Văn Tám", ["Group"] = "Billing", ["Created time"] = "2026-03-02 09:00:00",
            ["Resolved time"] = "2026-03-02 12:00:00", ["First response time (in hrs)"] = "1.5", ["Agent interactions"] = "2",
            ["Customer interactions"] = "1", ["Full name"] = "Phạm Thu Hà", ["Contact ID"] = "9001",
        },
        new()
        {
            ["Ticket ID"] = "502", ["Subject"] = "Refund", ["Status"] = "Closed", ["Priority"] = "High", ["Source"] = "Phone",
            ["Agent"] = "Anna Berg", ["Group"] = "Tier 2", ["Created time"] = "2026-03-02 23:15:00", ["Closed time"] = "2026-03-03 01:45:00",
            ["First response time (in hrs)"] = "01:20:00", ["Agent interactions"] = "3", ["Customer interactions"] = "2",
            ["Full name"] = "Max Müller", ["Contact ID"] = "9002",
        },
        new()
        {
            ["Ticket ID"] = "503", ["Subject"] = "Question", ["Status"] = "Waiting on Customer", ["Priority"] = "Low", ["Source"] = "Portal",
            ["Agent"] = "--", ["Group"] = "--", ["Created time"] = "2026-03-03 08:00:00", ["Agent interactions"] = "0",
            ["Customer interactions"] = "0", ["Full name"] = "Guest User",
        });

    public const string TalkdeskHeader =
        "Interaction ID, Contact ID, Company Number, Phone Display Name, Contact Person Number, External Phone Number (Forward), Direction, Contact Type, Started At, Wait Time, Time to Missed, Abandon Time, Short Abandon Time, Time to Voicemail, Ring Time, Connect Time, Answered At, Connected At, Talk Time, Hard Hold Time, Soft Hold Time, Hold Time, After Call Work Time, Finished At, Duration, Handle Time, Inside Business Hours (Yes / No), Inside Service Level (Yes /No), Within Service Level Threshold (Yes / No), Transfer Out (Yes/No), Transfer Out Type, Transfer In (Yes / No), Transfer In Type, Callback (Yes / No), Ring Groups, User Name, Direct Assignment User, Team Name, User ID, Direct Assignment IDs, Team ID, Handling Ring Groups, Disconnected By Agent, Last Contact (Yes / No), Data Status (Valid / Damaged)";

    /// <summary>Durations once as seconds, once as H:MM:SS (the report's format is not documented).</summary>
    public static string Talkdesk() => VendorCsv.Build(TalkdeskHeader,
        new()
        {
            ["Interaction ID"] = "td-1", ["Direction"] = "in", ["Started At"] = "2026-03-02 09:00:00", ["Answered At"] = "2026-03-02 09:00:25",
            ["Finished At"] = "2026-03-02 09:10:25", ["Talk Time"] = "540", ["Hold Time"] = "60", ["After Call Work Time"] = "30",
            ["User ID"] = "u-77", ["User Name"] = "Trương Mỹ Lan", ["Team Name"] = "VN Support", ["Contact Person Number"] = "+84901234567",
        },
        new()
        {
            ["Interaction ID"] = "td-2", ["Direction"] = "in", ["Started At"] = "2026-03-02 23:55:00", ["Answered At"] = "2026-03-02 23:56:00",
            ["Finished At"] = "2026-03-03 01:10:00", ["Talk Time"] = "01:12:00", ["Hold Time"] = "00:02:00", ["After Call Work Time"] = "00:00:00",
            ["User ID"] = "u-78", ["User Name"] = "Sam Lee", ["Team Name"] = "Tier 2", ["Contact Person Number"] = "+84907654321",
        },
        new()
        {
            ["Interaction ID"] = "td-3", ["Direction"] = "in", ["Started At"] = "2026-03-03 10:00:00", ["Finished At"] = "2026-03-03 10:01:00",
            ["Talk Time"] = "0", ["Contact Person Number"] = "+84911111111",
        },
        new()
        {
            ["Interaction ID"] = "td-4", ["Direction"] = "out", ["Started At"] = "2026-03-03 11:00:00", ["Answered At"] = "2026-03-03 11:00:15",
            ["Finished At"] = "2026-03-03 11:04:15", ["Talk Time"] = "240", ["User ID"] = "u-77", ["User Name"] = "Trương Mỹ Lan",
            ["Team Name"] = "VN Support", ["Contact Person Number"] = "+84988888888",
        });

    public const string TypeformHeader =
        "#, How likely are you to recommend us to a friend or colleague?, What could we do better?, Response Type, Start Date (UTC), Stage Date (UTC), Submit Date (UTC), Network ID, Tags";

    public static string Typeform() => VendorCsv.Build(TypeformHeader,
        new() { ["#"] = "abc123", ["How likely are you to recommend us to a friend or colleague?"] = "10", ["What could we do better?"] = "Tuyệt vời, cảm ơn!", ["Response Type"] = "completed", ["Start Date (UTC)"] = "2026-03-02 08:55:00", ["Submit Date (UTC)"] = "2026-03-02 09:00:00", ["Network ID"] = "n1" },
        new() { ["#"] = "def456", ["How likely are you to recommend us to a friend or colleague?"] = "6", ["What could we do better?"] = "Chờ quá lâu", ["Response Type"] = "completed", ["Start Date (UTC)"] = "2026-03-02 23:50:00", ["Submit Date (UTC)"] = "2026-03-02 23:59:30", ["Network ID"] = "n2" },
        new() { ["#"] = "ghi789", ["Response Type"] = "partial", ["Start Date (UTC)"] = "2026-03-03 00:01:00", ["Stage Date (UTC)"] = "2026-03-03 00:02:00", ["Network ID"] = "n3" },
        new() { ["#"] = "jkl012", ["How likely are you to recommend us to a friend or colleague?"] = "8", ["Response Type"] = "completed", ["Start Date (UTC)"] = "2026-03-02 23:58:00", ["Submit Date (UTC)"] = "2026-03-03 00:00:10", ["Network ID"] = "n4" });
}
