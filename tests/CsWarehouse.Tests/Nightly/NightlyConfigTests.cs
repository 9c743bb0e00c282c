using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Cli.Commands;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Nightly;
using CsWarehouse.Etl.Nightly.Service;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Nightly;

/// <summary>The run's configuration: the file is checked against its schema, options win over it, secrets stay out of it.</summary>
public sealed class NightlyConfigTests
{
    [Fact]
    public void An_unknown_setting_is_reported_with_file_line_and_column()
    {
        using var folder = new ExportFolder();
        var file = Path.Combine(folder.Path, "nightly.json");
        File.WriteAllText(file, "{\n  \"source\": \"exports\",\n  \"export\": { \"folder\": \"out\", \"fromat\": \"csv\" }\n}\n");

        var error = Assert.Throws<ConfigurationException>(() => NightlyConfigFile.Read(file));

        Assert.Contains($"{file}:line 3, column", error.Message);
        Assert.Contains("'fromat' is not a known setting", error.Message);
    }

    [Fact]
    public void A_client_secret_written_into_the_file_is_refused_by_the_schema()
    {
        var errors = NightlyConfigFile.Validate("{\"powerbi\":{\"models\":[{\"workspace_id\":\"w\",\"dataset_id\":\"d\"}],\"auth\":{\"client_secret\":\"s3cret\"}}}");

        Assert.Contains(errors, e => e.Contains("'client_secret' is not a known setting", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_override_the_file_setting_by_setting()
    {
        using var folder = new ExportFolder();
        var file = Path.Combine(folder.Path, "nightly.json");
        File.WriteAllText(file, "{\"source\":\"a\",\"export\":{\"folder\":\"x\"},\"powerbi\":{\"models\":[{\"workspace_id\":\"w\",\"dataset_id\":\"d\"}],\"reconcile\":{\"months\":2}}}");
        var command = new RunCommand();

        var config = RunOptions.Resolve(CommandLineParser.Parse(command,
            ["--config", file, "--source", "b", "--reconcile-months", "5", "--no-refresh", "--model", "w2/d2,w3/d3"]));

        Assert.Equal("b", config.Source);
        Assert.Equal("x", config.Export.Folder);
        Assert.Equal(5, config.PowerBi!.Reconcile.Months);
        Assert.False(config.PowerBi.Refresh.Enabled);
        Assert.True(config.PowerBi.Reconcile.Enabled);
        Assert.Equal(["w2/d2", "w3/d3"], config.PowerBi.Models.Select(m => $"{m.WorkspaceId}/{m.DatasetId}"));
    }

    [Fact]
    public void A_secret_variable_that_is_not_set_is_a_usage_error_naming_the_variable()
    {
        var config = new NightlyConfig
        {
            Load = { Enabled = false },
            PowerBi = new PowerBiConfig
            {
                Models = [new PowerBiModelConfig { WorkspaceId = "w", DatasetId = "d" }],
                Auth = { TenantId = "t", ClientId = "c", SecretEnv = "CSWH_TEST_SECRET_THAT_IS_NOT_SET" },
            },
        };

        var error = Assert.Throws<ConfigurationException>(() => NightlyPlan.Create(config));

        Assert.Contains("CSWH_TEST_SECRET_THAT_IS_NOT_SET", error.Message);
    }

    [Fact]
    public async Task A_sign_in_that_fails_at_the_authority_is_unauthorized_and_never_shows_the_client_secret()
    {
        // Azure.Identity only signs in over https: its transport is handed a stand-in that answers every request itself.
        var authority = new RefusingAuthority();
        var secret = "sec-" + Guid.NewGuid().ToString("N");
        using var secretFile = new ExportFolder().With("powerbi.secret", secret + "\n");
        var config = new PowerBiConfig
        {
            AuthorityHost = "https://login.cswh.test/",
            Auth = { TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47", ClientId = "5a1b2c3d-4e5f-6789-abcd-ef0123456789", SecretFile = Path.Combine(secretFile.Path, "powerbi.secret") },
        };

        var tokens = TokenSources.Create(config, authority);
        var error = await Assert.ThrowsAsync<NightlyFailureException>(() => tokens.GetTokenAsync(CancellationToken.None).AsTask());

        Assert.Equal(FailureKind.Unauthorized, error.Kind);
        Assert.Contains(secret, tokens.Secrets);
        Assert.Contains(authority.Bodies, b => b.Contains("client_secret=" + secret, StringComparison.Ordinal));
        Assert.DoesNotContain(secret, error.ToString());
        Assert.Equal(ExitCodes.PowerBiUnauthorized, RunCommand.ExitCodeOf(error.Kind));
    }

    /// <summary>Answers every sign-in request with the identity service's "invalid client secret" error.</summary>
    private sealed class RefusingAuthority : HttpMessageHandler
    {
        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
            return new HttpResponseMessage(System.Net.HttpStatusCode.BadRequest)
            {
                Content = new StringContent("{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\"}",
                    System.Text.Encoding.UTF8, "application/json"),
            };
        }
    }
}
