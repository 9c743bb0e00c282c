using CsWarehouse.Cli;
using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Profiles;
using CsWarehouse.Tests.Profiles;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Cli;

/// <summary><c>cswh profile check</c> and <c>cswh profile new</c>, run in-process.</summary>
public sealed class ProfileCommandTests
{
    private const string PbxCalls = """
        Call ID,Start Time,Answer Time,End Time,Ext,Caller,Talk
        u1,02/03/2026 09:00:00,02/03/2026 09:00:10,02/03/2026 09:05:00,101,0901234567,00:04:50
        u2,02/03/2026 23:59:00,,02/03/2026 23:59:40,,0907654321,
        """;

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new Terminal(output, error, false));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_names_the_profile_previews_mapped_rows_and_shows_what_would_be_rejected()
    {
        using var folder = new ExportFolder().With("tickets_2026-03.csv", ZendeskFixture.Csv());

        var (code, output, _) = Run("profile", "check", Path.Combine(folder.Path, "tickets_2026-03.csv"), "--source-tz", "Asia/Ho_Chi_Minh", "--rows", "5");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("tickets_2026-03.csv: recognised by profile zendesk-tickets", output);
        Assert.Contains("  line 2: 1001 | 2026-03-02T02:00:00Z | email |", output);
        Assert.Contains("would be rejected: Created at → created_at = '31-02-2026 10:00'", output);
        Assert.Contains("agents: agent_id | agent_name | team", output);
    }

    [Fact]
    public void Check_of_an_unknown_file_fails_naming_the_closest_profiles_and_what_they_miss()
    {
        using var folder = new ExportFolder().With("pbx.csv", PbxCalls);

        var (code, output, _) = Run("profile", "check", Path.Combine(folder.Path, "pbx.csv"));

        Assert.Equal(ExitCodes.RunFailed, code);
        Assert.Contains("pbx.csv: no profile recognises this file.", output);
        Assert.Contains("closest: five9-call-log (built-in five9-call-log.profile.json) misses TIMESTAMP, CALL TYPE, AGENT, CALL TIME, TALK TIME, ABANDONED", output);
    }

    [Fact]
    public void New_writes_a_profile_matched_from_the_header_that_then_recognises_and_maps_the_file()
    {
        using var folder = new ExportFolder().With("pbx.csv", PbxCalls);
        var file = Path.Combine(folder.Path, "pbx.csv");
        var written = Path.Combine(folder.Path, "pbx.profile.json");

        var (code, _, error) = Run("profile", "new", file, "--entity", "calls", "--out", written);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("wrote", error);
        var profile = ProfileReader.ReadFile(written);
        var columns = profile.Targets.Single().Columns.ToDictionary(c => c.Field.Name, c => string.Join(",", c.Value.SourceColumns));
        Assert.Equal("Call ID", columns["call_id"]);
        Assert.Equal("Start Time", columns["started_at"]);
        Assert.Equal("Ext", columns["agent_id"]);
        Assert.Equal("Caller", columns["customer_id"]);
        Assert.Equal("Talk", columns["talk_seconds"]);
        var (checkCode, output, _) = Run("profile", "check", file);
        Assert.Equal(ExitCodes.Success, checkCode);
        Assert.Contains("recognised by profile pbx-calls (pbx.profile.json)", output);
        Assert.Contains("line 2: u1 | 2026-03-02T09:00:00Z | 2026-03-02T09:00:10Z | 2026-03-02T09:05:00Z | 101 | 0901234567 | 290", output);
    }

    [Fact]
    public void New_for_an_unknown_entity_is_an_error_listing_the_entities()
    {
        using var folder = new ExportFolder().With("pbx.csv", PbxCalls);
        var (code, _, error) = Run("profile", "new", Path.Combine(folder.Path, "pbx.csv"), "--entity", "phone_calls");
        Assert.Equal(ExitCodes.RunFailed, code);
        Assert.Contains("unknown entity 'phone_calls' (known: fx_rates, agents", error);
    }
}
