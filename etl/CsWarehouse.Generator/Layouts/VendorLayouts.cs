using System.Globalization;
using System.Text;
using System.Text.Json;
using CsWarehouse.Generator.Output;
using CsWarehouse.Generator.Subscriptions;

namespace CsWarehouse.Generator.Layouts;

/// <summary>
/// Rewrites files of a generated canonical folder in vendor layouts, so the built-in profiles can be tested against
/// data whose KPIs are known: five9 (calls), zendesk (tickets), zalo (star ratings), stripe or snapshots (subscriptions,
/// as month-end snapshots). The canonical file is replaced.
/// </summary>
public static class VendorLayouts
{
    public static IReadOnlyList<string> Names { get; } = ["five9", "zendesk", "zalo", "stripe", "snapshots"];

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Apply(string folder, IEnumerable<string> layouts, string timeZone)
    {
        var rows = new CanonicalRows(folder, TimeZoneInfo.FindSystemTimeZoneById(timeZone));
        layouts = layouts.ToList();
        if (layouts.Contains("stripe") && layouts.Contains("snapshots"))
            throw new ArgumentException("stripe and snapshots both rewrite subscriptions.csv: choose one");
        foreach (var layout in layouts)
        {
            switch (layout)
            {
                case "five9": Five9(folder, rows); break;
                case "zendesk": Zendesk(folder, rows); break;
                case "zalo": Zalo(folder, rows); break;
                case "stripe": SnapshotSeriesWriter.Write(folder, ExportLayout.Stripe, GeneratedPeriod.LastDay(folder)); break;
                case "snapshots": SnapshotSeriesWriter.Write(folder, ExportLayout.Snapshots, GeneratedPeriod.LastDay(folder)); break;
                default: throw new ArgumentException($"unknown layout '{layout}' (known: {string.Join(", ", Names)})");
            }
        }
    }

    // The vendor files' names sort before the canonical ones, so agents.csv, read later, keeps the last word on teams.
    private static void Five9(string folder, CanonicalRows rows)
    {
        var names = rows.Read(ContractFiles.Agents).ToDictionary(a => a["agent_id"]!, a => a["agent_name"]);
        var output = new StringBuilder("CALL ID,TIMESTAMP,CAMPAIGN,CALL TYPE,AGENT,AGENT NAME,DISPOSITION,ANI,CUSTOMER NAME,DNIS,CALL TIME,BILL TIME (ROUNDED),COST,IVR TIME,QUEUE WAIT TIME,RING TIME,TALK TIME,HOLD TIME,PARK TIME,AFTER CALL WORK TIME,TRANSFERS,CONFERENCES,HOLDS,ABANDONED,RECORDINGS\n");
        foreach (var call in rows.Read(ContractFiles.Calls))
        {
            var started = rows.Instant(call["started_at"])!.Value;
            var answered = rows.Instant(call["answered_at"]);
            var ended = rows.Instant(call["ended_at"]);
            var outbound = call["direction"] == "outbound";
            string Clock(string column) => call[column] is { } s ? CanonicalRows.Clock(long.Parse(s, Invariant)) : "";
            Line(output,
                call["call_id"], rows.Local(call["started_at"])!.Value.ToString("ddd, dd MMM yyyy HH:mm:ss", Invariant), "Support",
                outbound ? "Outbound" : "Inbound", call["agent_id"] ?? "[None]", call["agent_id"] is { } a ? names.GetValueOrDefault(a) : "[None]",
                call["topic"], outbound ? "18001234" : call["customer_id"], "", outbound ? call["customer_id"] : "18001234",
                ended is { } e ? CanonicalRows.Clock((long)(e - started).TotalSeconds) : "", "", "", "00:00:00",
                answered is { } w ? CanonicalRows.Clock((long)(w - started).TotalSeconds) : "", "00:00:00",
                Clock("talk_seconds"), Clock("hold_seconds"), "00:00:00", Clock("after_call_work_seconds"), "0", "0", "0",
                answered is null ? "1" : "0", "0");
        }
        Replace(folder, ContractFiles.Calls, "Five9 Call Log.csv", output);
    }

    private static void Zendesk(string folder, CanonicalRows rows)
    {
        var customers = rows.Read(ContractFiles.Customers).ToDictionary(c => c["customer_id"]!, c => c["customer_name"]);
        var teams = rows.Read(ContractFiles.Agents).ToDictionary(a => a["agent_id"]!, a => a["team"]);
        var output = new StringBuilder("Id,Requester,Requester id,Requester external id,Requester email,Requester domain,Submitter,Assignee,Group,Subject,Tags,Status,Priority,Via,Ticket type,Created at,Updated at,Assigned at,Organization,Due date,Initially assigned at,Solved at,Resolution time,Satisfaction Score,Group stations,Assignee stations,Reopens,Replies,First reply time in minutes,First reply time in minutes within business hours,First resolution time in minutes,First resolution time in minutes within business hours,Full resolution time in minutes,Full resolution time in minutes within business hours,Agent wait time in minutes,Agent wait time in minutes within business hours,Requester wait time in minutes,Requester wait time in minutes within business hours,On hold time in minutes,On hold time in minutes within business hours\n");
        foreach (var t in rows.Read(ContractFiles.Tickets))
        {
            string Time(string column) => rows.Local(t[column])?.ToString("yyyy-MM-dd HH:mm:ss", Invariant) ?? "";
            var created = rows.Instant(t["created_at"])!.Value;
            var replied = rows.Instant(t["first_response_at"]);
            var minutes = replied is { } r ? Math.Round((r - created).TotalMinutes, MidpointRounding.AwayFromZero).ToString(Invariant) : "";
            Line(output, [
                t["ticket_id"], t["customer_id"] is { } c ? customers.GetValueOrDefault(c) : "", t["customer_id"], "", "", "", "",
                t["agent_id"], t["agent_id"] is { } a ? teams.GetValueOrDefault(a) : "", "", "", Title(t["status"]), Title(t["priority"]),
                Via(t["channel"]), t["topic"], Time("created_at"), t["resolved_at"] is null ? Time("created_at") : Time("resolved_at"), "", "", "", "",
                Time("resolved_at"), "", "Not Offered", "", "", t["reopens"], t["agent_replies"], minutes, "", "", "", "", "", "", "", "", "", "", ""]);
        }
        Replace(folder, ContractFiles.Tickets, "Zendesk tickets.csv", output);
    }

    private static void Zalo(string folder, CanonicalRows rows)
    {
        var columns = ContractFiles.Columns[ContractFiles.Surveys];
        var others = new StringBuilder(string.Join(',', columns) + "\n");
        var ratings = new List<object>();
        foreach (var s in rows.Read(ContractFiles.Surveys))
        {
            if (s["survey_type"] != "rating")
            {
                Line(others, columns.Select(c => s[c]).ToArray());
                continue;
            }
            ratings.Add(new
            {
                oaId = "4318", note = s["comment"], rate = int.Parse(s["score"]!, Invariant),
                submitDate = rows.Instant(s["responded_at"])!.Value.ToUnixTimeMilliseconds(),
                msgId = s["response_id"], feedbacks = Array.Empty<string>(), trackingId = s["ticket_id"],
            });
        }
        File.WriteAllText(Path.Combine(folder, ContractFiles.Surveys), others.ToString());
        File.WriteAllText(Path.Combine(folder, "Zalo ratings.json"), JsonSerializer.Serialize(new { error = 0, message = "Success", data = new { total = ratings.Count, data = ratings } }));
    }

    private static string Title(string? code) => code is null ? "" : char.ToUpperInvariant(code[0]) + code[1..];

    private static string Via(string? channel) => channel switch
    {
        "email" => "Mail", "web" => "Web Widget", "chat" => "Chat", "phone" => "Phone call (inbound)", "social" => "Twitter",
        null => "", _ => Title(channel),
    };

    private static void Line(StringBuilder output, params string?[] fields) => CsvLine.Write(new StringWriter(output), fields);

    private static void Replace(string folder, string canonical, string vendor, StringBuilder text)
    {
        File.WriteAllText(Path.Combine(folder, vendor), text.ToString());
        File.Delete(Path.Combine(folder, canonical));
    }
}
