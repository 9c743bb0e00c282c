using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Publishing;

/// <summary>
/// A small operation whose values test the export: Unicode names (one with a comma and quotes), a customer without
/// a sign-up date, fractional MRR, a target without a month, tickets open and resolved.
/// </summary>
internal static class ExportDataset
{
    public const string QuotedAgentName = "Lê, \"Bình\" Văn";

    public static ExportFolder Folder() => new ExportFolder()
        .With("agents.csv", """
            agent_id,agent_name,team,email,hired_on
            A1,Nguyễn Văn An,Tier 1,an@example.com,2025-01-15
            A2,สมชาย ใจดี,Tier 2,,
            A3,"Lê, ""Bình"" Văn",Billing,binh@example.com,2024-06-01
            """)
        .With("customers.csv", """
            customer_id,customer_name,segment,country,signed_up_on
            C1,Công ty Ánh Dương,SMB,VN,2025-03-10
            C2,مریم رضایی,Enterprise,IR,
            """)
        .With("plans.csv", """
            plan_id,plan_name,tier,is_premium
            basic,Basic,1,false
            pro,Pro ✓,2,true
            """)
        .With("subscriptions.csv", """
            subscription_id,customer_id,plan_id,mrr,currency,started_on,ended_on
            S1,C1,basic,99.95,USD,2025-11-01,2026-02-15
            S1,C1,pro,149.5,USD,2026-02-15,
            S2,C2,pro,1234.5678,USD,2026-01-01,
            """)
        .With("tickets.csv", """
            ticket_id,created_at,channel,customer_id,agent_id,topic,priority,status,first_response_at,resolved_at,contacts,reopens,agent_replies,messages
            T1,2026-03-01T09:00:00Z,email,C1,A1,Billing,normal,open,2026-03-01T09:30:00Z,,1,0,1,2
            T2,2026-03-02T10:00:00Z,chat,C2,A2,Đăng nhập,high,solved,2026-03-02T10:01:00Z,2026-03-02T11:00:00.250Z,2,0,2,5
            T3,2026-03-02T11:00:00Z,phone,C2,A3,Billing,normal,solved,,2026-03-03T08:00:00Z,1,0,0,
            """)
        .With("surveys.csv", """
            response_id,responded_at,survey_type,score,scale_max,agent_id,channel
            R1,2026-03-02T12:00:00Z,csat,5,,A2,chat
            R2,2026-03-03T12:00:00Z,nps,9,,,
            """)
        .With("targets.csv", """
            kpi,month,value
            csat_rate,,0.85
            fcr_rate,2026-03,0.725
            """);
}
