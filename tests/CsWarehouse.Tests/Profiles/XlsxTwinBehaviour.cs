using CsWarehouse.Etl.Configuration;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Profiles;

/// <summary>A workbook loads exactly like its CSV twin: dates, times, numbers, text ids, and a damaged id rejected.</summary>
public abstract class XlsxTwinBehaviour
{
    protected abstract EngineKind Engine { get; }

    private static readonly string[] CallColumns =
        ["call_id", "started_at", "answered_at", "ended_at", "direction", "agent_id", "customer_id", "talk_seconds", "hold_seconds", "resolved"];

    private static readonly object?[][] Calls =
    [
        ["C-1", new DateTime(2026, 3, 2, 9, 15, 0), new DateTime(2026, 3, 2, 9, 16, 30), new DateTime(2026, 3, 2, 9, 25, 30), "inbound", "A1", 84901234567L, 480, 30, true],
        ["C-2", new DateTime(2026, 3, 2, 23, 40, 0), new DateTime(2026, 3, 2, 23, 42, 10), new DateTime(2026, 3, 3, 1, 5, 0), "inbound", "A2", "C0042", 4800, 120, false],
        ["C-3", new DateTime(2026, 3, 3, 10, 0, 0), null, new DateTime(2026, 3, 3, 10, 0, 45), "inbound", null, 84933334444L, null, null, null],
        ["1.03006E+13", new DateTime(2026, 3, 3, 11, 0, 0), null, null, "outbound", "A1", "C0042", null, null, null],
    ];

    private const string CallsCsv = """
        call_id,started_at,answered_at,ended_at,direction,agent_id,customer_id,talk_seconds,hold_seconds,resolved
        C-1,2026-03-02T09:15:00,2026-03-02T09:16:30,2026-03-02T09:25:30,inbound,A1,84901234567,480,30,true
        C-2,2026-03-02T23:40:00,2026-03-02T23:42:10,2026-03-03T01:05:00,inbound,A2,C0042,4800,120,false
        C-3,2026-03-03T10:00:00,,2026-03-03T10:00:45,inbound,,84933334444,,,
        1.03006E+13,2026-03-03T11:00:00,,,outbound,A1,C0042,,,
        """;

    private const string AgentsCsv = """
        agent_id,agent_name,team,hired_on
        A1,Nguyễn Thị Hương,Tier 1,2024-02-29
        A2,Bob Stone,Tier 2,2019-11-04
        """;

    private static LoadSettings Settings => new() { MaxRejectRate = 0.5 };

    [SkippableFact]
    public void A_workbook_loads_exactly_like_its_csv_twin_and_rejects_the_damaged_id()
    {
        using var fromCsv = TestWarehouse.Create(Engine);
        using var csv = new ExportFolder().With("calls.csv", CallsCsv).With("agents.csv", AgentsCsv);
        var csvOutcome = fromCsv.Load(csv.Path, Settings);

        using var fromXlsx = TestWarehouse.Create(Engine);
        using var xlsx = new ExportFolder();
        XlsxFixture.Write(Path.Combine(xlsx.Path, "calls.xlsx"), CallColumns, Calls);
        XlsxFixture.Write(Path.Combine(xlsx.Path, "agents.xlsx"), ["agent_id", "agent_name", "team", "hired_on"],
            ["A1", "Nguyễn Thị Hương", "Tier 1", new DateOnly(2024, 2, 29)], ["A2", "Bob Stone", "Tier 2", new DateOnly(2019, 11, 4)]);
        var xlsxOutcome = fromXlsx.Load(xlsx.Path, Settings);

        Assert.True(csvOutcome.Succeeded && xlsxOutcome.Succeeded, csvOutcome.Message ?? xlsxOutcome.Message);
        Assert.Equal(WarehouseSnapshot.Content(fromCsv.Target, "dw"), WarehouseSnapshot.Content(fromXlsx.Target, "dw"));
        var rejected = Assert.Single(xlsxOutcome.Rejections);
        Assert.Equal(("calls.xlsx", 5L, "call_id", "1.03006E+13"), (rejected.File, rejected.LineNumber, rejected.Column, rejected.Value));
        Assert.Contains("scientific notation", rejected.Reason);
        Assert.Equal(csvOutcome.Rejections.Select(r => (r.LineNumber, r.Column, r.Value, r.Reason)), xlsxOutcome.Rejections.Select(r => (r.LineNumber, r.Column, r.Value, r.Reason)));
        Assert.Equal(["2019-11-04", "2024-02-29"], WarehouseSnapshot.Query(fromXlsx.Target, "select hired_on from dw.dim_agent order by hired_on")
            .Select(r => (r["hired_on"] is DateOnly d ? d : DateOnly.FromDateTime((DateTime)r["hired_on"]!)).ToString("yyyy-MM-dd")));
        Assert.Equal(4800L, WarehouseSnapshot.Scalar<long>(fromXlsx.Target, "select talk_seconds from dw.fact_call where call_id = 'C-2'"));
        Assert.Equal("84901234567", WarehouseSnapshot.Scalar<string>(fromXlsx.Target,
            "select customer_id from dw.dim_customer c join dw.fact_call f on f.customer_key = c.customer_key where f.call_id = 'C-1'"));
    }
}

public sealed class DuckDbXlsxTwinBehaviour : XlsxTwinBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresXlsxTwinBehaviour : XlsxTwinBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
