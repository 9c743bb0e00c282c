using CsWarehouse.Etl.Loading;
using CsWarehouse.Etl.Profiles;
using CsWarehouse.Etl.Reading;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Profiles;

/// <summary>The profile format: built-ins are valid, and a broken profile is an error naming its file and key before any data is read.</summary>
public sealed class ProfileFormatTests
{
    private const string Minimal = """
        {
          "name": "my-calls",
          "match": { "headers": ["Call", "Start"] },
          "targets": [{ "entity": "calls", "columns": { "call_id": "Call", "started_at": { "column": "Start", "timestamp": "dd/MM/yyyy HH:mm" } } }]
        }
        """;

    [Fact]
    public void Every_built_in_profile_reads_and_names_its_targets()
    {
        var names = ProfileSet.BuiltIn.Profiles.Select(p => p.Name).ToList();
        Assert.Contains("zendesk-tickets", names);
        Assert.Contains("five9-call-log", names);
        Assert.Contains("zalo-zns-ratings-json", names);
        Assert.All(ProfileSet.BuiltIn.Profiles, p => Assert.NotEmpty(p.Targets));
        Assert.Distinct(names);
    }

    /// <summary>A run reads the built-ins without the JSON-schema check (it is start-up time): it is made here instead.</summary>
    [Fact]
    public void Every_built_in_profile_passes_the_schema_check()
    {
        var builtIns = ProfileResources.BuiltIns().ToList();
        Assert.NotEmpty(builtIns);
        Assert.All(builtIns, p => ProfileReader.Read(p.Json, p.Name, checkSchema: true));
        // A key the format does not have is found by the schema alone: the check really runs when asked for.
        var unknownKey = "{ \"not_a_key\": 1, " + builtIns[0].Json.TrimStart()[1..];
        ProfileReader.Read(unknownKey, builtIns[0].Name, checkSchema: false);
        var error = Assert.Throws<ProfileException>(() => ProfileReader.Read(unknownKey, builtIns[0].Name, checkSchema: true));
        Assert.Contains("not_a_key", error.Message);
    }

    [Fact]
    public void The_example_in_the_profile_documentation_is_a_valid_profile()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "docs", "profiles.md"));
        var start = doc.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var json = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        var profile = ProfileReader.Read(json, "profiles.md");

        Assert.Equal(["calls", "agents"], profile.Targets.Select(t => t.Export.Entity));
        Assert.Equal(3, profile.Match.HeaderRow);
    }

    [Fact]
    public void A_user_profile_with_a_built_in_name_replaces_the_built_in_and_the_others_stay()
    {
        using var folder = new ExportFolder().With("mine.profile.json", Minimal.Replace("my-calls", "five9-call-log"));

        var set = ProfileSet.Load(folder.Path);

        var named = Assert.Single(set.Profiles, p => p.Name == "five9-call-log");
        Assert.False(ProfileSet.IsBuiltIn(named));
        Assert.Equal(ProfileSet.BuiltIn.Profiles.Count, set.Profiles.Count);
        Assert.Contains(set.Profiles, p => p.Name == "zendesk-tickets" && ProfileSet.IsBuiltIn(p));
    }

    [Fact]
    public void Two_user_profiles_of_one_name_are_an_error_when_the_profiles_are_loaded()
    {
        using var folder = new ExportFolder()
            .With("a.profile.json", Minimal)
            .With("b.profile.json", Minimal);

        var error = Assert.Throws<ProfileException>(() => ProfileSet.Load(folder.Path));

        Assert.Contains("b.profile.json", error.Message);
        Assert.Contains("'my-calls' is also the name of", error.Message);
        Assert.Contains("a.profile.json", error.Message);
    }

    [Fact]
    public void A_minimal_profile_reads()
    {
        var profile = ProfileReader.Read(Minimal, "my.profile.json");
        Assert.Equal("calls", Assert.Single(profile.Targets).Export.Entity);
    }

    [Theory]
    [InlineData("\"call_id\": \"Call\"", "\"call_idd\": \"Call\"", "targets[0].columns.call_idd", "unknown canonical column of calls")]
    [InlineData("\"entity\": \"calls\"", "\"entity\": \"phone_calls\"", "targets[0].entity", "unknown entity 'phone_calls'")]
    [InlineData("dd/MM/yyyy HH:mm", "HH:mm", "targets[0].columns.started_at.timestamp", "does not hold a whole date")]
    [InlineData("dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm%", "targets[0].columns.started_at.timestamp", "not a valid date/time pattern")]
    [InlineData("\"column\": \"Start\",", "\"column\": \"Start\", \"extract\": \"([a-z\",", "targets[0].columns.started_at.extract", "not a valid regular expression")]
    [InlineData("\"name\": \"my-calls\",", "\"name\": \"my-calls\", \"timezone\": \"UTC\",", "timezone", "is not a key of the profile format")]
    [InlineData("\"call_id\": \"Call\", ", "", "targets[0].columns", "required column of calls not mapped: call_id")]
    public void A_broken_profile_names_the_file_and_the_key(string replace, string with, string key, string message)
    {
        var broken = Minimal.Replace(replace, with);
        Assert.NotEqual(Minimal, broken);

        var error = Assert.Throws<ProfileException>(() => ProfileReader.Read(broken, "my.profile.json"));

        Assert.Equal(("my.profile.json", key), (error.ProfileFile, error.Key));
        Assert.Contains(message, error.Message);
        Assert.StartsWith("profile my.profile.json: " + key, error.Message);
    }

    [Fact]
    public void Bad_json_names_the_file_and_the_line()
    {
        var error = Assert.Throws<ProfileException>(() => ProfileReader.Read("{\n  \"name\": \"x\",\n  \"match\": {\n}}}", "bad.profile.json"));
        Assert.Contains("bad.profile.json", error.Message);
        Assert.Contains("not valid JSON (line 4", error.Message);
    }

    [Fact]
    public void A_broken_user_profile_in_the_source_folder_stops_the_load_before_any_file_is_read()
    {
        using var folder = new ExportFolder()
            .With("calls.profile.json", Minimal.Replace("\"call_id\"", "\"call_key\""))
            .With("tickets.csv", "not,a,ticket\n");
        var error = Assert.Throws<ProfileException>(() => ProfileSet.Load(folder.Path));
        Assert.Contains("calls.profile.json: targets[0].columns.call_key", error.Message);
    }

    [Fact]
    public void A_user_profile_recognises_its_file_whatever_the_name_and_an_unknown_file_names_the_closest_profile()
    {
        using var folder = new ExportFolder()
            .With("calls.profile.json", Minimal)
            .With("export (3).csv", "Call,Start\nC1,01/03/2026 09:00\n")
            .With("mystery.csv", "CALL ID,TIMESTAMP,CALL TYPE\n1,x,Inbound\n");
        var profiles = ProfileSet.Load(folder.Path);

        Assert.Equal("my-calls", profiles.Recognise(Path.Combine(folder.Path, "export (3).csv"))?.Name);
        Assert.Null(profiles.Recognise(Path.Combine(folder.Path, "mystery.csv")));
        var error = Assert.Throws<FileLevelException>(() => SourceFolder.Discover(folder.Path, _ => { }, profiles));
        Assert.Contains("mystery.csv: unknown export file name, and no profile recognises its header", error.Message);
        Assert.Contains("five9-call-log (missing AGENT, CALL TIME, TALK TIME, ABANDONED)", error.Message);
    }

    [Fact]
    public void Two_profiles_that_both_fit_a_file_make_it_ambiguous()
    {
        using var folder = new ExportFolder()
            .With("a.profile.json", Minimal)
            .With("b.profile.json", Minimal.Replace("my-calls", "other-calls"))
            .With("export.csv", "Call,Start\nC1,01/03/2026 09:00\n");
        var error = Assert.Throws<FileLevelException>(() => ProfileSet.Load(folder.Path).Recognise(Path.Combine(folder.Path, "export.csv")));
        Assert.Contains("matches several profiles (my-calls from a.profile.json, other-calls from b.profile.json)", error.Message);
    }
}
