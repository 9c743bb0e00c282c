namespace CsWarehouse.Tests.Profiles;

/// <summary>
/// A Zendesk Support ticket export in the documented column order, with invented values: an assignee written as the
/// null token "-", a first reply after more than an hour, a reply after midnight, Vietnamese names, and one row whose
/// creation time is not a date.
/// </summary>
public static class ZendeskFixture
{
    public const string Header =
        "ID, Requester, Requester ID, Requester external id, Requester email, Requester domain, Submitter, Assignee, Group, Subject, Tags, Status, Priority, Via, Ticket type, Created at, Updated at, Assigned at, Organization, Due date, Initially assigned at, Solved at, Resolution time, Satisfaction Score, Group stations, Assignee stations, Reopens, Replies, First reply time in minutes, First reply time in minutes within business hours, First resolution time in minutes, First resolution time in minutes within business hours, Full resolution time in minutes, Full resolution time in minutes within business hours, Agent wait time in minutes, Agent wait time in minutes within business hours, Requester wait time in minutes, Requester wait time in minutes within business hours, On hold time in minutes, On hold time in minutes within business hours";

    public static string Csv(bool withBadRow = true)
    {
        var rows = new List<Dictionary<string, string>>
        {
            new()
            {
                ["ID"] = "1001", ["Requester"] = "Trần Minh Khoa", ["Requester ID"] = "501", ["Assignee"] = "Nguyễn Thị Hương",
                ["Group"] = "Tier 1", ["Subject"] = "Không đăng nhập được", ["Status"] = "Solved", ["Priority"] = "Normal", ["Via"] = "Mail",
                ["Ticket type"] = "Question", ["Created at"] = "2026-03-02 09:00:00", ["Updated at"] = "2026-03-02 12:00:00",
                ["Solved at"] = "2026-03-02 11:30:00", ["Satisfaction Score"] = "Good", ["Reopens"] = "0", ["Replies"] = "2",
                ["First reply time in minutes"] = "95", ["Resolution time"] = "3",
            },
            new()
            {
                ["ID"] = "1002", ["Requester"] = "Alice Martin", ["Requester ID"] = "502", ["Assignee"] = "Bob Stone", ["Group"] = "Tier 2",
                ["Status"] = "On-hold", ["Priority"] = "High", ["Via"] = "Web Widget", ["Ticket type"] = "Incident",
                ["Created at"] = "2026-03-02 23:50:00", ["Updated at"] = "2026-03-03 00:20:00", ["Satisfaction Score"] = "Offered",
                ["Reopens"] = "1", ["Replies"] = "1", ["First reply time in minutes"] = "20",
            },
            new()
            {
                ["ID"] = "1003", ["Requester"] = "Trần Minh Khoa", ["Requester ID"] = "501", ["Assignee"] = "-", ["Group"] = "-",
                ["Status"] = "New", ["Priority"] = "Low", ["Via"] = "Chat", ["Ticket type"] = "-", ["Created at"] = "2026-03-03 08:00:00",
                ["Updated at"] = "2026-03-03 08:00:00", ["Satisfaction Score"] = "Not Offered", ["Reopens"] = "0", ["Replies"] = "0",
            },
            new()
            {
                ["ID"] = "1004", ["Requester"] = "Bob Customer", ["Requester ID"] = "503", ["Assignee"] = "Nguyễn Thị Hương",
                ["Group"] = "Tier 1", ["Status"] = "Closed", ["Priority"] = "Urgent", ["Via"] = "Twitter", ["Ticket type"] = "Problem",
                ["Created at"] = "2026-03-01 07:00:00", ["Updated at"] = "2026-03-01 08:00:00", ["Solved at"] = "2026-03-01 07:45:00",
                ["Satisfaction Score"] = "Bad", ["Reopens"] = "0", ["Replies"] = "1", ["First reply time in minutes"] = "5",
            },
        };
        if (withBadRow)
            rows.Add(new()
            {
                ["ID"] = "1005", ["Requester"] = "Alice Martin", ["Requester ID"] = "502", ["Status"] = "Open", ["Via"] = "Mail",
                ["Created at"] = "31-02-2026 10:00", ["Updated at"] = "2026-03-03 08:00:00",
            });
        return VendorCsv.Build(Header, rows.ToArray());
    }
}
