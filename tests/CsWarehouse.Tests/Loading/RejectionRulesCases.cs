using CsWarehouse.Etl.Configuration;
using Xunit.Abstractions;

namespace CsWarehouse.Tests.Loading;

/// <summary>
/// One rule of the data contract: a file with one bad row among good ones, where and why the run must reject it,
/// and the keys of the good rows that must still load.
/// </summary>
public sealed class RejectionCase : IXunitSerializable
{
    [Obsolete("For xunit's deserializer only.")]
    public RejectionCase() { }

    public RejectionCase(string rule, string file, string csv, long line, string column, string? value, string reason, params string[] loaded)
    {
        Rule = rule;
        File = file;
        Csv = csv;
        Line = line;
        Column = column;
        Value = value;
        Reason = reason;
        Loaded = loaded;
    }

    public string Rule { get; private set; } = "";
    public string File { get; private set; } = "";
    public string Csv { get; private set; } = "";
    public long Line { get; private set; }
    public string Column { get; private set; } = "";

    /// <summary>The value text as reported (trimmed); null for an empty field.</summary>
    public string? Value { get; private set; }

    /// <summary>A fragment the reason must contain.</summary>
    public string Reason { get; private set; } = "";

    /// <summary>Natural keys (first key column) of the good rows, which must load.</summary>
    public string[] Loaded { get; private set; } = [];

    /// <summary>IANA source time zone, when the rule depends on it.</summary>
    public string? SourceTimeZone { get; set; }

    /// <summary>Another file loaded in the same folder (e.g. fx_rates.csv).</summary>
    public (string File, string Csv)? With { get; set; }

    public LoadSettings Settings => SourceTimeZone is null
        ? new LoadSettings { MaxRejectRate = 1 }
        : new LoadSettings { MaxRejectRate = 1, SourceTimeZone = LoadSettings.FindTimeZone(SourceTimeZone, "--source-tz") };

    public override string ToString() => Rule;

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(Rule), Rule);
        info.AddValue(nameof(File), File);
        info.AddValue(nameof(Csv), Csv);
        info.AddValue(nameof(Line), Line);
        info.AddValue(nameof(Column), Column);
        info.AddValue(nameof(Value), Value);
        info.AddValue(nameof(Reason), Reason);
        info.AddValue(nameof(Loaded), string.Join('\u001f', Loaded));
        info.AddValue(nameof(SourceTimeZone), SourceTimeZone);
        info.AddValue("WithFile", With?.File);
        info.AddValue("WithCsv", With?.Csv);
    }

    public void Deserialize(IXunitSerializationInfo info)
    {
        Rule = info.GetValue<string>(nameof(Rule));
        File = info.GetValue<string>(nameof(File));
        Csv = info.GetValue<string>(nameof(Csv));
        Line = info.GetValue<long>(nameof(Line));
        Column = info.GetValue<string>(nameof(Column));
        Value = info.GetValue<string?>(nameof(Value));
        Reason = info.GetValue<string>(nameof(Reason));
        var loaded = info.GetValue<string>(nameof(Loaded));
        Loaded = loaded.Length == 0 ? [] : loaded.Split('\u001f');
        SourceTimeZone = info.GetValue<string?>(nameof(SourceTimeZone));
        var withFile = info.GetValue<string?>("WithFile");
        With = withFile is null ? null : (withFile, info.GetValue<string>("WithCsv"));
    }
}

/// <summary>Every row-level rejection rule of docs/contract.md (and docs/kpi.md's negative durations), one case each.</summary>
public static class RejectionRulesCases
{
    public static IEnumerable<RejectionCase> All =>
    [
        // ---- required values ----
        new("tickets.created_at empty is rejected as required", "tickets.csv", """
            ticket_id,created_at,channel
            T1,2026-03-01T09:00:00Z,email
            T2,,email
            T3,2026-03-01T10:00:00Z,chat
            """, 3, "created_at", null, "required", "T1", "T3"),
        new("tickets.channel empty is rejected as required", "tickets.csv", """
            ticket_id,created_at,channel
            T1,2026-03-01T09:00:00Z,email
            T2,2026-03-01T09:30:00Z,
            T3,2026-03-01T10:00:00Z,chat
            """, 3, "channel", null, "required", "T1", "T3"),
        new("agents.agent_name empty is rejected as required", "agents.csv", """
            agent_id,agent_name,team
            A1,An,Tier 1
            A2,  ,Tier 1
            A3,Bích,Tier 2
            """, 3, "agent_name", null, "required", "A1", "A3"),
        new("agent_shifts.logged_in_seconds empty is rejected as required", "agent_shifts.csv", """
            agent_id,shift_date,logged_in_seconds
            A1,2026-03-01,28800
            A2,2026-03-01,
            A3,2026-03-01,14400
            """, 3, "logged_in_seconds", null, "required", "A1", "A3"),
        new("customers.customer_id empty is rejected as required", "customers.csv", """
            customer_id,customer_name,segment
            C1,Công ty An Phát,SMB
            ,Orphan Ltd,SMB
            C3,Siam Trading,Enterprise
            """, 3, "customer_id", null, "required", "C1", "C3"),
        new("ticket_messages.sent_at empty is rejected as required", "ticket_messages.csv", """
            message_id,ticket_id,sent_at,author,agent_id
            M1,T1,2026-03-01T09:00:00Z,customer,
            M2,T1,,agent,A1
            M3,T1,2026-03-01T09:20:00Z,customer,
            """, 3, "sent_at", null, "required", "M1", "M3"),
        new("surveys.score empty is rejected as required", "surveys.csv", """
            response_id,responded_at,survey_type,score
            R1,2026-03-01T10:00:00Z,csat,5
            R2,2026-03-01T10:05:00Z,csat,
            R3,2026-03-01T10:10:00Z,nps,9
            """, 3, "score", null, "required", "R1", "R3"),
        new("subscriptions.customer_id empty is rejected as required", "subscriptions.csv", """
            subscription_id,customer_id,mrr,currency,started_on
            S1,C1,100,USD,2026-01-01
            S2,,50,USD,2026-01-01
            S3,C3,75.5,USD,2026-02-01
            """, 3, "customer_id", null, "required", "S1", "S3"),
        new("targets.value empty is rejected as required", "targets.csv", """
            kpi,month,value
            fcr_rate,2026-03,0.7
            csat_rate,2026-03,
            cost_per_ticket_target,,12.5
            """, 3, "value", null, "required", "cost_per_ticket_target", "fcr_rate"),

        // ---- unparseable values ----
        new("an unparseable timestamp is rejected", "tickets.csv", """
            ticket_id,created_at,channel
            T1,2026-03-01T09:00:00Z,email
            T2,01/03/2026 09:15,email
            T3,2026-03-01T10:00:00+07:00,chat
            """, 3, "created_at", "01/03/2026 09:15", "ISO 8601", "T1", "T3"),
        new("an unparseable date is rejected", "agents.csv", """
            agent_id,agent_name,hired_on
            A1,An,2025-01-15
            A2,Bình,2025-02-30
            A3,Chi,
            """, 3, "hired_on", "2025-02-30", "YYYY-MM-DD", "A1", "A3"),
        new("an unparseable shift date is rejected", "agent_shifts.csv", """
            agent_id,shift_date,logged_in_seconds
            A1,2026-03-01,28800
            A2,2026/03/01,28800
            A3,2026-03-01,14400
            """, 3, "shift_date", "2026/03/01", "YYYY-MM-DD", "A1", "A3"),
        new("an unparseable month is rejected", "support_costs.csv", """
            month,category,team,amount,currency
            2026-03,salaries,Tier 1,12000,USD
            03/2026,tools,Tier 1,800,USD
            2026-03,outsourcing,,4000,USD
            """, 3, "month", "03/2026", "YYYY-MM", "outsourcing", "salaries"),
        new("an unparseable integer is rejected", "tickets.csv", """
            ticket_id,created_at,channel,contacts
            T1,2026-03-01T09:00:00Z,email,1
            T2,2026-03-01T09:30:00Z,email,1.5
            T3,2026-03-01T10:00:00Z,chat,2
            """, 3, "contacts", "1.5", "whole number", "T1", "T3"),
        new("an unparseable decimal (thousands separator) is rejected", "subscriptions.csv", """
            subscription_id,customer_id,mrr,currency,started_on
            S1,C1,100.25,USD,2026-01-01
            S2,C2,"1,200.00",USD,2026-01-01
            S3,C3,75,USD,2026-02-01
            """, 3, "mrr", "1,200.00", "decimal", "S1", "S3"),
        new("an unparseable boolean is rejected", "calls.csv", """
            call_id,started_at,answered_at,resolved
            K1,2026-03-01T09:00:00Z,2026-03-01T09:00:30Z,yes
            K2,2026-03-01T09:05:00Z,2026-03-01T09:05:30Z,maybe
            K3,2026-03-01T09:10:00Z,2026-03-01T09:10:30Z,N
            """, 3, "resolved", "maybe", "boolean", "K1", "K3"),
        new("an unparseable plan boolean is rejected", "plans.csv", """
            plan_id,plan_name,tier,is_premium
            P1,Basic,basic,FALSE
            P2,Pro,pro,premium
            P3,Premium,premium,1
            """, 3, "is_premium", "premium", "boolean", "P1", "P3"),

        // ---- minimums ----
        new("tickets.contacts 0 is rejected (at least 1)", "tickets.csv", """
            ticket_id,created_at,channel,contacts
            T1,2026-03-01T09:00:00Z,email,1
            T2,2026-03-01T09:30:00Z,email,0
            T3,2026-03-01T10:00:00Z,chat,3
            """, 3, "contacts", "0", "at least 1", "T1", "T3"),
        new("tickets.reopens negative is rejected", "tickets.csv", """
            ticket_id,created_at,channel,reopens
            T1,2026-03-01T09:00:00Z,email,0
            T2,2026-03-01T09:30:00Z,email,-1
            T3,2026-03-01T10:00:00Z,chat,2
            """, 3, "reopens", "-1", "at least 0", "T1", "T3"),
        new("tickets.agent_replies negative is rejected", "tickets.csv", """
            ticket_id,created_at,channel,agent_replies
            T1,2026-03-01T09:00:00Z,email,0
            T2,2026-03-01T09:30:00Z,email,1
            T3,2026-03-01T10:00:00Z,chat,-3
            """, 4, "agent_replies", "-3", "at least 0", "T1", "T2"),
        new("tickets.messages negative is rejected", "tickets.csv", """
            ticket_id,created_at,channel,messages
            T1,2026-03-01T09:00:00Z,email,-2
            T2,2026-03-01T09:30:00Z,email,4
            T3,2026-03-01T10:00:00Z,chat,0
            """, 2, "messages", "-2", "at least 0", "T2", "T3"),
        new("calls.talk_seconds negative is rejected", "calls.csv", """
            call_id,started_at,talk_seconds,hold_seconds,after_call_work_seconds
            K1,2026-03-01T09:00:00Z,120,0,30
            K2,2026-03-01T09:05:00Z,-5,0,30
            K3,2026-03-01T09:10:00Z,0,0,0
            """, 3, "talk_seconds", "-5", "at least 0", "K1", "K3"),
        new("calls.hold_seconds negative is rejected", "calls.csv", """
            call_id,started_at,talk_seconds,hold_seconds,after_call_work_seconds
            K1,2026-03-01T09:00:00Z,120,0,30
            K2,2026-03-01T09:05:00Z,60,-1,30
            K3,2026-03-01T09:10:00Z,0,0,0
            """, 3, "hold_seconds", "-1", "at least 0", "K1", "K3"),
        new("calls.after_call_work_seconds negative is rejected", "calls.csv", """
            call_id,started_at,talk_seconds,hold_seconds,after_call_work_seconds
            K1,2026-03-01T09:00:00Z,120,0,30
            K2,2026-03-01T09:05:00Z,60,10,-30
            K3,2026-03-01T09:10:00Z,0,0,0
            """, 3, "after_call_work_seconds", "-30", "at least 0", "K1", "K3"),
        new("agent_shifts.logged_in_seconds 0 is rejected (greater than 0)", "agent_shifts.csv", """
            agent_id,shift_date,logged_in_seconds
            A1,2026-03-01,28800
            A2,2026-03-01,0
            A3,2026-03-01,14400
            """, 3, "logged_in_seconds", "0", "greater than 0", "A1", "A3"),
        new("subscriptions.mrr negative is rejected", "subscriptions.csv", """
            subscription_id,customer_id,mrr,currency,started_on
            S1,C1,100,USD,2026-01-01
            S2,C2,-10,USD,2026-01-01
            S3,C3,0,USD,2026-02-01
            """, 3, "mrr", "-10", "at least 0", "S1", "S3"),
        new("support_costs.amount negative is rejected", "support_costs.csv", """
            month,category,team,amount,currency
            2026-03,salaries,Tier 1,12000,USD
            2026-03,tools,Tier 1,-800.50,USD
            2026-03,outsourcing,,0,USD
            """, 3, "amount", "-800.50", "at least 0", "outsourcing", "salaries"),
        new("fx_rates.rate 0 is rejected (greater than 0)", "fx_rates.csv", """
            month,currency,rate
            2026-03,EUR,1.08
            2026-03,VND,0
            2026-03,THB,0.0279
            """, 3, "rate", "0", "greater than 0", "EUR", "THB"),

        // ---- negative durations (docs/kpi.md: a duration that would be negative is a rejected row) ----
        new("tickets.first_response_at more than the clock skew before created_at is rejected", "tickets.csv", """
            ticket_id,created_at,channel,first_response_at
            T1,2026-03-01T09:00:00Z,email,2026-03-01T09:30:00Z
            T2,2026-03-01T09:30:00Z,email,2026-03-01T09:28:59Z
            T3,2026-03-01T10:00:00Z,chat,2026-03-01T10:00:00Z
            """, 3, "first_response_at", "2026-03-01T09:28:59Z", "61 s before created_at", "T1", "T3"),
        new("tickets.resolved_at before created_at is rejected", "tickets.csv", """
            ticket_id,created_at,channel,resolved_at
            T1,2026-03-01T09:00:00Z,email,2026-03-02T09:00:00Z
            T2,2026-03-01T09:30:00+07:00,email,2026-03-01T02:00:00Z
            T3,2026-03-01T10:00:00Z,chat,
            """, 3, "resolved_at", "2026-03-01T02:00:00Z", "1800 s before created_at", "T1", "T3"),
        new("calls.answered_at 5 minutes before started_at is rejected", "calls.csv", """
            call_id,started_at,answered_at,ended_at
            K1,2026-03-01T09:00:00Z,2026-03-01T09:00:20Z,2026-03-01T09:05:00Z
            K2,2026-03-01T09:05:00Z,2026-03-01T09:00:00Z,2026-03-01T09:10:00Z
            K3,2026-03-01T09:10:00Z,,2026-03-01T09:11:00Z
            """, 3, "answered_at", "2026-03-01T09:00:00Z", "300 s before started_at", "K1", "K3"),
        new("calls.ended_at before started_at is rejected", "calls.csv", """
            call_id,started_at,answered_at,ended_at
            K1,2026-03-01T09:00:00Z,2026-03-01T09:00:20Z,2026-03-01T09:05:00Z
            K2,2026-03-01T09:05:00Z,,2026-03-01T09:01:00Z
            K3,2026-03-01T09:10:00Z,,2026-03-01T09:11:00Z
            """, 3, "ended_at", "2026-03-01T09:01:00Z", "240 s before started_at", "K1", "K3"),
        new("subscriptions.ended_on before started_on is rejected", "subscriptions.csv", """
            subscription_id,customer_id,mrr,currency,started_on,ended_on
            S1,C1,100,USD,2026-01-01,2026-03-01
            S2,C2,50,USD,2026-02-01,2026-01-31
            S3,C3,75,USD,2026-02-01,
            """, 3, "ended_on", "2026-01-31", "before started_on", "S1", "S3"),

        // ---- survey scales ----
        new("surveys nps 11 is outside 0-10", "surveys.csv", """
            response_id,responded_at,survey_type,score
            R1,2026-03-01T10:00:00Z,nps,10
            R2,2026-03-01T10:05:00Z,nps,11
            R3,2026-03-01T10:10:00Z,nps,0
            """, 3, "score", "11", "nps scale", "R1", "R3"),
        new("surveys nps -1 is outside 0-10", "surveys.csv", """
            response_id,responded_at,survey_type,score
            R1,2026-03-01T10:00:00Z,nps,10
            R2,2026-03-01T10:05:00Z,nps,-1
            R3,2026-03-01T10:10:00Z,nps,0
            """, 3, "score", "-1", "nps scale", "R1", "R3"),
        new("surveys csat 0 is outside 1-5", "surveys.csv", """
            response_id,responded_at,survey_type,score
            R1,2026-03-01T10:00:00Z,csat,1
            R2,2026-03-01T10:05:00Z,csat,0
            R3,2026-03-01T10:10:00Z,csat,5
            """, 3, "score", "0", "csat scale", "R1", "R3"),
        new("surveys ces 8 is outside 1-7", "surveys.csv", """
            response_id,responded_at,survey_type,score
            R1,2026-03-01T10:00:00Z,ces,7
            R2,2026-03-01T10:05:00Z,ces,8
            R3,2026-03-01T10:10:00Z,ces,1
            """, 3, "score", "8", "ces scale", "R1", "R3"),
        new("surveys rating 6 is outside 1-5", "surveys.csv", """
            response_id,responded_at,survey_type,score
            R1,2026-03-01T10:00:00Z,rating,5
            R2,2026-03-01T10:05:00Z,rating,6
            R3,2026-03-01T10:10:00Z,rating,4.5
            """, 3, "score", "6", "rating scale", "R1", "R3"),
        new("surveys ces with scale_max 5 scoring 6 is outside its scale", "surveys.csv", """
            response_id,responded_at,survey_type,score,scale_max
            R1,2026-03-01T10:00:00Z,ces,5,5
            R2,2026-03-01T10:05:00Z,ces,6,5
            R3,2026-03-01T10:10:00Z,ces,7,
            """, 3, "score", "6", "ces scale 1–5", "R1", "R3"),
        new("surveys unknown survey_type is rejected", "surveys.csv", """
            response_id,responded_at,survey_type,score
            R1,2026-03-01T10:00:00Z,NPS,9
            R2,2026-03-01T10:05:00Z,stars,4
            R3,2026-03-01T10:10:00Z,Csat,4
            """, 3, "survey_type", "stars", "nps, csat, ces, rating", "R1", "R3"),

        // ---- fixed code sets ----
        new("ticket_messages.author other than customer/agent is rejected", "ticket_messages.csv", """
            message_id,ticket_id,sent_at,author,agent_id
            M1,T1,2026-03-01T09:00:00Z,customer,
            M2,T1,2026-03-01T09:05:00Z,bot,
            M3,T1,2026-03-01T09:10:00Z,Agent,A1
            """, 3, "author", "bot", "customer, agent", "M1", "M3"),
        new("calls.direction other than inbound/outbound is rejected", "calls.csv", """
            call_id,started_at,direction
            K1,2026-03-01T09:00:00Z,inbound
            K2,2026-03-01T09:05:00Z,internal
            K3,2026-03-01T09:10:00Z,OUTBOUND
            """, 3, "direction", "internal", "inbound, outbound", "K1", "K3"),
        new("targets.kpi that is not a KPI code is rejected", "targets.csv", """
            kpi,month,value
            fcr_rate,2026-03,0.7
            first_call_resolution,2026-03,0.7
            csat_rate,,0.85
            """, 3, "kpi", "first_call_resolution", "KPI code", "csat_rate", "fcr_rate"),

        // ---- money without an exchange rate for its month ----
        new("subscriptions currency without an fx rate for the started_on month is rejected", "subscriptions.csv", """
            subscription_id,customer_id,mrr,currency,started_on
            S1,C1,100,USD,2026-01-01
            S2,C2,90,EUR,2026-03-10
            S3,C3,75,EUR,2026-02-01
            """, 3, "currency", "EUR", "exchange rate", "S1", "S3")
        {
            With = ("fx_rates.csv", "month,currency,rate\n2026-02,EUR,1.08\n"),
        },
        new("support_costs currency without an fx rate for its month is rejected", "support_costs.csv", """
            month,category,team,amount,currency
            2026-03,salaries,Tier 1,12000,USD
            2026-03,tools,Tier 1,800,GBP
            2026-02,outsourcing,,4000,GBP
            """, 3, "currency", "GBP", "exchange rate", "outsourcing", "salaries")
        {
            With = ("fx_rates.csv", "month,currency,rate\n2026-02,GBP,1.27\n"),
        },

        // ---- time zones ----
        new("a naive timestamp skipped by daylight saving in the source zone is rejected", "tickets.csv", """
            ticket_id,created_at,channel
            T1,2026-03-08T01:30:00,email
            T2,2026-03-08T02:30:00,email
            T3,2026-03-08T03:30:00,chat
            """, 3, "created_at", "2026-03-08T02:30:00", "does not exist", "T1", "T3")
        {
            SourceTimeZone = "America/New_York",
        },

        // ---- records ----
        new("a bad row after a quoted multi-line field is reported at its physical line", "surveys.csv", """
            response_id,responded_at,survey_type,score,comment
            R1,2026-03-01T10:00:00Z,csat,5,"Fast, friendly
            and it stayed fixed"
            R2,2026-03-01T10:05:00Z,csat,9,"Nói ""cảm ơn"", please"
            R3,2026-03-01T10:10:00Z,csat,4,
            """, 4, "score", "9", "csat scale", "R1", "R3"),
        new("a record with fewer fields than the header is rejected as a record", "tickets.csv", """
            ticket_id,created_at,channel
            T1,2026-03-01T09:00:00Z,email
            T2,2026-03-01T09:30:00Z
            T3,2026-03-01T10:00:00Z,chat
            """, 3, "(record)", "T2,2026-03-01T09:30:00Z", "number of fields", "T1", "T3"),
        new("a record with more fields than the header is rejected as a record", "tickets.csv", """
            ticket_id,created_at,channel
            T1,2026-03-01T09:00:00Z,email
            T2,2026-03-01T09:30:00Z,email,extra
            T3,2026-03-01T10:00:00Z,chat
            """, 3, "(record)", "T2,2026-03-01T09:30:00Z,email,extra", "number of fields", "T1", "T3"),
        new("a record with a quote inside an unquoted field is rejected as a record", "tickets.csv", """
            ticket_id,created_at,channel
            T1,2026-03-01T09:00:00Z,email
            T2,2026-03-01T09:30:00Z,em"ail
            T3,2026-03-01T10:00:00Z,chat
            """, 3, "(record)", "T2,2026-03-01T09:30:00Z,em\"ail", "quote", "T1", "T3"),
        new("a record with text after a closing quote is rejected as a record", "tickets.csv", """
            ticket_id,created_at,channel
            T1,2026-03-01T09:00:00Z,email
            T2,"2026-03-01T09:30:00Z"x,email
            T3,2026-03-01T10:00:00Z,chat
            """, 3, "(record)", "T2,\"2026-03-01T09:30:00Z\"x,email", "quote", "T1", "T3"),
        new("a last record whose quote is never closed is rejected as a record", "tickets.csv", """
            ticket_id,created_at,channel
            T1,2026-03-01T09:00:00Z,email
            T2,2026-03-01T09:30:00Z,chat
            T3,2026-03-01T10:00:00Z,"email
            """, 4, "(record)", "T3,2026-03-01T10:00:00Z,\"email", "never closed", "T1", "T2"),
        .. ColumnBoundsCases.All,
    ];
}
