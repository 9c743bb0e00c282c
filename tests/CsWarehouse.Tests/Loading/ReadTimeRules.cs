using System.Text;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Reading;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Loading;

/// <summary>Read-time rules of the contract beyond single values: clock skew and file encodings, on every engine.</summary>
public abstract class ReadTimeRules
{
    protected abstract EngineKind Engine { get; }

    [SkippableFact]
    public void A_call_answered_5_seconds_before_it_started_loads_clamped_with_a_warning_and_5_minutes_is_rejected()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("calls.csv", """
            call_id,started_at,answered_at,ended_at
            K1,2026-03-01T09:00:00Z,2026-03-01T08:59:55Z,2026-03-01T09:04:00Z
            K2,2026-03-01T09:10:00Z,2026-03-01T09:05:00Z,2026-03-01T09:12:00Z
            K3,2026-03-01T09:20:00Z,2026-03-01T09:20:30Z,2026-03-01T09:25:00Z
            """);

        var outcome = warehouse.Load(folder.Path, new LoadSettings { MaxRejectRate = 1 });

        Assert.True(outcome.Succeeded, outcome.Message);
        var rejection = Assert.Single(outcome.Rejections);
        Assert.Equal((3L, "answered_at"), (rejection.LineNumber, rejection.Column));
        var warning = Assert.Single(outcome.Warnings);
        Assert.Equal(("calls.csv", (long?)2), (warning.File, warning.LineNumber));
        Assert.Contains("answered_at = '2026-03-01T08:59:55Z' was 5 s before started_at", warning.Message);
        Assert.Equal(1, outcome.Files.Single().Warnings);
        Assert.Equal(2L, WarehouseSnapshot.Scalar<long>(warehouse.Target,
            $"select line_number from etl.load_warning where run_id = {outcome.RunId} and file_name = 'calls.csv'"));
        var calls = WarehouseSnapshot.Query(warehouse.Target, "select call_id, wait_seconds from dw.fact_call order by call_id")
            .Select(r => ((string)r["call_id"]!, Convert.ToInt64(r["wait_seconds"])));
        Assert.Equal([("K1", 0L), ("K3", 30L)], calls);
    }

    [SkippableFact]
    public void A_wider_clock_skew_setting_clamps_what_the_default_rejects()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("tickets.csv", """
            ticket_id,created_at,channel,first_response_at
            T1,2026-03-01T09:00:00Z,email,2026-03-01T08:58:00Z
            """);

        var outcome = warehouse.Load(folder.Path, new LoadSettings { ClockSkew = TimeSpan.FromMinutes(3) });

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Empty(outcome.Rejections);
        Assert.Contains("120 s before created_at", Assert.Single(outcome.Warnings).Message);
        Assert.Equal(0L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select first_response_seconds from dw.fact_ticket"));
    }

    private const string WesternAgents = """
        agent_id,agent_name,team
        A1,José Müller,Tier 1
        A2,Françoise Søren,Tier 2
        A3,Ana Peña,Billing
        """;

    [SkippableFact]
    public void A_windows_1252_file_without_an_encoding_fails_naming_the_line_and_writes_nothing()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder().With("agents.csv", WesternAgents, TextEncodings.Find("windows-1252", "--encoding"));

        var error = Assert.Throws<FileLevelException>(() => warehouse.Load(folder.Path));

        Assert.Equal("agents.csv", error.File);
        Assert.Contains("line 2:", error.Message);
        Assert.Contains("not valid utf-8", error.Message);
        Assert.Contains("--encoding", error.Message);
        Assert.Equal(0L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.dim_agent"));
    }

    [SkippableFact]
    public void A_windows_1252_file_loads_with_its_encoding_named_and_its_names_round_trip()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        var cp1252 = TextEncodings.Find("windows-1252", "--encoding");
        using var folder = new ExportFolder().With("agents.csv", WesternAgents, cp1252);

        var outcome = warehouse.Load(folder.Path, new LoadSettings { Encoding = cp1252 });

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Empty(outcome.Rejections);
        Assert.Equal([("A1", "José Müller"), ("A2", "Françoise Søren"), ("A3", "Ana Peña")], AgentNames(warehouse));
    }

    [SkippableFact]
    public void A_windows_1258_file_loads_its_vietnamese_names_as_they_are_written_in_utf_8()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder();
        // Windows-1258 writes ễ as ê followed by a combining tilde (0xDE), and ạ as a followed by a combining dot below (0xF2).
        var bytes = new List<byte>(Encoding.ASCII.GetBytes("agent_id,agent_name,team\nA1,Nguy"));
        bytes.AddRange([0xEA, 0xDE]);
        bytes.AddRange(Encoding.ASCII.GetBytes("n V"));
        bytes.Add(0xE3);
        bytes.AddRange(Encoding.ASCII.GetBytes("n An,Tier 1\nA2,Ph"));
        bytes.AddRange([0x61, 0xF2]);
        bytes.AddRange(Encoding.ASCII.GetBytes("m Minh,Tier 2\n"));
        File.WriteAllBytes(Path.Combine(folder.Path, "agents.csv"), bytes.ToArray());

        var outcome = warehouse.Load(folder.Path, new LoadSettings { Encoding = TextEncodings.Find("windows-1258", "--encoding") });

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal([("A1", "Nguyễn Văn An"), ("A2", "Phạm Minh")], AgentNames(warehouse));
    }

    [SkippableFact]
    public void An_invalid_utf_8_byte_deep_in_a_file_names_its_line()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var folder = new ExportFolder();
        var text = new StringBuilder("ticket_id,created_at,channel\n");
        for (var i = 1; i <= 5000; i++) text.Append($"T{i},2026-03-01T09:00:00Z,email\n");
        var bytes = Encoding.UTF8.GetBytes(text.ToString()).ToList();
        bytes.AddRange(Encoding.ASCII.GetBytes("T5001,2026-03-01T09:00:00Z,e"));
        bytes.Add(0xFF);
        bytes.AddRange(Encoding.ASCII.GetBytes("mail\nT5002,2026-03-01T09:00:00Z,chat\n"));
        File.WriteAllBytes(Path.Combine(folder.Path, "tickets.csv"), bytes.ToArray());

        var error = Assert.Throws<FileLevelException>(() => warehouse.Load(folder.Path));

        Assert.Contains("line 5002:", error.Message);
        Assert.Equal(0L, WarehouseSnapshot.Scalar<long>(warehouse.Target, "select count(*) from dw.fact_ticket"));
    }

    private static List<(string, string)> AgentNames(TestWarehouse warehouse) =>
        WarehouseSnapshot.Query(warehouse.Target, "select agent_id, agent_name from dw.dim_agent order by agent_id")
            .Select(r => ((string)r["agent_id"]!, (string)r["agent_name"]!))
            .ToList();
}

public sealed class DuckDbReadTimeRules : ReadTimeRules
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresReadTimeRules : ReadTimeRules
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
