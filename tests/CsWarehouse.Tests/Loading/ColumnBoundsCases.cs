namespace CsWarehouse.Tests.Loading;

/// <summary>
/// Values that do not fit the column they land in: each is one rejected row with its location, on every engine,
/// while the rest of its file loads.
/// </summary>
public static class ColumnBoundsCases
{
    private static readonly string Name1001 = new('n', 1001);
    private static readonly string Id300 = new('k', 300);

    public static IEnumerable<RejectionCase> All =>
    [
        new("a 1,001-character name is rejected (names hold 1,000)", "customers.csv", $$"""
            customer_id,customer_name,segment
            C1,Công ty An Phát,SMB
            C2,{{Name1001}},SMB
            C3,{{new string('m', 1000)}},Enterprise
            """, 3, "customer_name", Name1001, "1001 characters long; the column holds at most 1000", "C1", "C3"),
        new("a 300-character id is rejected (ids hold 200)", "calls.csv", $$"""
            call_id,started_at
            K1,2026-03-01T09:00:00Z
            {{Id300}},2026-03-01T09:05:00Z
            K3,2026-03-01T09:10:00Z
            """, 3, "call_id", Id300, "300 characters long; the column holds at most 200", "K1", "K3"),
        new("a 300-character code is rejected (codes hold 200)", "tickets.csv", $$"""
            ticket_id,created_at,channel
            T1,2026-03-01T09:00:00Z,email
            T2,2026-03-01T09:30:00Z,{{Id300}}
            T3,2026-03-01T10:00:00Z,chat
            """, 3, "channel", Id300, "at most 200", "T1", "T3"),
        new("a NUL character in a name is rejected, not truncated", "agents.csv", $$"""
            agent_id,agent_name,team
            A1,An,Tier 1
            A2,a{{'\0'}}b,Tier 1
            A3,Bích,Tier 2
            """, 3, "agent_name", "a\\0b", "NUL", "A1", "A3"),
        new("a NUL character in an id is rejected", "tickets.csv", $$"""
            ticket_id,created_at,channel
            T1,2026-03-01T09:00:00Z,email
            T{{'\0'}}2,2026-03-01T09:30:00Z,email
            T3,2026-03-01T10:00:00Z,chat
            """, 3, "ticket_id", "T\\02", "NUL", "T1", "T3"),
        new("a malformed record holding a NUL character is rejected and recorded with the NUL shown", "tickets.csv", $$"""
            ticket_id,created_at,channel
            T1,2026-03-01T09:00:00Z,email
            T2,2026-03-01T09:30:00Z,e{{'\0'}}mail,extra
            T3,2026-03-01T10:00:00Z,chat
            """, 3, "(record)", "T2,2026-03-01T09:30:00Z,e\\0mail,extra", "number of fields", "T1", "T3"),
        new("an MRR of 1000000000000000.00 is rejected (money holds 14 digits before the point)", "subscriptions.csv", """
            subscription_id,customer_id,mrr,currency,started_on
            S1,C1,99999999999999.9999,USD,2026-01-01
            S2,C2,1000000000000000.00,USD,2026-01-01
            S3,C3,75,USD,2026-02-01
            """, 3, "mrr", "1000000000000000.00", "too large", "S1", "S3"),
        new("an amount too large once converted to the reporting currency is rejected", "support_costs.csv", """
            month,category,team,amount,currency
            2026-03,salaries,Tier 1,12000,USD
            2026-03,tools,Tier 1,95000000000000,EUR
            2026-03,outsourcing,,4000,USD
            """, 3, "amount", "95000000000000", "converted to USD at 1.1", "outsourcing", "salaries")
        {
            With = ("fx_rates.csv", """
                month,currency,rate
                2026-03,EUR,1.10
                """),
        },
        new("a survey score beyond decimal(9, 3) is rejected", "surveys.csv", """
            response_id,responded_at,survey_type,score,scale_max
            R1,2026-03-01T10:00:00Z,csat,5,
            R2,2026-03-01T10:05:00Z,rating,1000000,2000000
            R3,2026-03-01T10:10:00Z,nps,9,
            """, 3, "score", "1000000", "at most 6 digits", "R1", "R3"),
        new("a whole number beyond 32 bits is rejected as too large", "calls.csv", """
            call_id,started_at,talk_seconds
            K1,2026-03-01T09:00:00Z,60
            K2,2026-03-01T09:05:00Z,3000000000
            K3,2026-03-01T09:10:00Z,2147483647
            """, 3, "talk_seconds", "3000000000", "too large", "K1", "K3"),
        new("a timestamp in 9999 is rejected (years 1970-2100)", "tickets.csv", """
            ticket_id,created_at,channel
            T1,2026-03-01T09:00:00Z,email
            T2,9999-12-31T23:00:00Z,email
            T3,2100-12-31T23:59:59Z,chat
            """, 3, "created_at", "9999-12-31T23:00:00Z", "outside the accepted years 1970–2100", "T1", "T3"),
        new("a timestamp in year 1 is rejected", "calls.csv", """
            call_id,started_at
            K1,2026-03-01T09:00:00Z
            K2,0001-01-01T00:00:00
            K3,1970-01-01T00:00:00Z
            """, 3, "started_at", "0001-01-01T00:00:00", "outside the accepted years", "K1", "K3"),
        new("a date before 1970 is rejected", "customers.csv", """
            customer_id,customer_name,signed_up_on
            C1,An Phát,2020-05-01
            C2,Old Corp,1969-12-31
            C3,Siam Trading,
            """, 3, "signed_up_on", "1969-12-31", "outside the accepted years", "C1", "C3"),
        new("a month after 2100 is rejected", "targets.csv", """
            kpi,month,value
            fcr_rate,2026-03,0.7
            csat_rate,2101-01,0.9
            cost_per_ticket_target,,12.5
            """, 3, "month", "2101-01", "outside the accepted years", "cost_per_ticket_target", "fcr_rate"),
    ];
}
