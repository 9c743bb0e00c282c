using System.Globalization;
using CsWarehouse.Cli.CommandLine;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Nightly;

namespace CsWarehouse.Cli.Commands;

/// <summary>The options of <c>cswh run</c>: one per setting of its configuration file, each overriding the file.</summary>
public static class RunOptions
{
    private static OptionSpec O(string name, string? value, string description, string example) => new(name, value, description, example);

    public static readonly OptionSpec Config = O("--config", "FILE",
        "JSON file with the run's settings (schema: nightly.schema.json); options given beside it win.", "--config /etc/cswh/nightly.json");
    public static readonly OptionSpec Export = O("--export", "DIR",
        "Folder to export the warehouse to for Power BI; it is replaced whole, so a refresh never reads half a folder.", "--export /srv/powerbi/cswh");
    public static readonly OptionSpec ExportFormat = O("--export-format", "FORMAT",
        "Format of the exported files: parquet (what the template's Folder parameter reads) or csv.", "--export-format csv");
    public static readonly OptionSpec NoLoad = O("--no-load", null, "Skip the load step (export, refresh and reconcile what the warehouse holds).", "--no-load");
    public static readonly OptionSpec NoExport = O("--no-export", null, "Skip the export step.", "--no-export");
    public static readonly OptionSpec NoRefresh = O("--no-refresh", null, "Skip the Power BI refresh.", "--no-refresh");
    public static readonly OptionSpec NoReconcile = O("--no-reconcile", null, "Skip the reconciliation of the models with the warehouse.", "--no-reconcile");
    public static readonly OptionSpec Model = O("--model", "WORKSPACE/DATASET",
        "Semantic models to refresh and reconcile, as workspace id/dataset id, comma-separated (replaces the file's list).",
        "--model 0f5c6a4e-1111-4c2b-9a57-3d3c2b1a0e9f/7d2c9b1e-2222-4f4a-8c3b-5e6f7a8b9c0d");
    public static readonly OptionSpec Api = O("--powerbi-api", "URL",
        "Base address of the Power BI REST API.", "--powerbi-api https://api.powerbi.com/v1.0/myorg/");
    public static readonly OptionSpec AuthorityHost = O("--authority-host", "URL",
        "Microsoft Entra authority host to sign in at (another cloud, or a test server).", "--authority-host https://login.microsoftonline.us/");
    public static readonly OptionSpec Auth = O("--auth", "MODE",
        "How to sign in: client_secret, certificate, managed_identity or access_token.", "--auth managed_identity");
    public static readonly OptionSpec TenantId = O("--tenant-id", "ID", "Microsoft Entra tenant (directory) id of the service principal.", "--tenant-id 72f988bf-86f1-41af-91ab-2d7cd011db47");
    public static readonly OptionSpec ClientId = O("--client-id", "ID",
        "Application (client) id of the service principal, or of a user-assigned managed identity.", "--client-id 5a1b2c3d-4e5f-6789-abcd-ef0123456789");
    public static readonly OptionSpec SecretEnv = O("--secret-env", "VARIABLE",
        "Environment variable that holds the client secret (the secret itself is never an option).", "--secret-env CSWH_POWERBI_SECRET");
    public static readonly OptionSpec SecretFile = O("--secret-file", "FILE", "File whose content is the client secret.", "--secret-file /etc/cswh/powerbi.secret");
    public static readonly OptionSpec CertificateFile = O("--certificate-file", "FILE",
        "Certificate (PFX, or PEM with its key) of the service principal.", "--certificate-file /etc/cswh/powerbi.pfx");
    public static readonly OptionSpec CertificatePasswordEnv = O("--certificate-password-env", "VARIABLE",
        "Environment variable that holds the certificate's password.", "--certificate-password-env CSWH_POWERBI_CERT_PASSWORD");
    public static readonly OptionSpec TokenEnv = O("--token-env", "VARIABLE",
        "Environment variable that holds an access token obtained elsewhere (with --auth access_token).", "--token-env POWERBI_TOKEN");
    public static readonly OptionSpec RefreshTimeout = O("--refresh-timeout", "SECONDS",
        "Longest wait for a refresh to finish before the run fails.", "--refresh-timeout 5400");
    public static readonly OptionSpec PollSeconds = O("--poll-seconds", "SECONDS",
        "First wait between refresh status checks; it doubles up to --poll-max-seconds.", "--poll-seconds 10");
    public static readonly OptionSpec PollMaxSeconds = O("--poll-max-seconds", "SECONDS", "Longest wait between refresh status checks.", "--poll-max-seconds 120");
    public static readonly OptionSpec MaxRetries = O("--max-retries", "N",
        "Retries of a throttled (429) or failing (5xx) Power BI call before the run fails (0 to 20).", "--max-retries 6");
    public static readonly OptionSpec RetryDelay = O("--retry-delay", "SECONDS",
        "First back-off delay of a failing call; it grows exponentially (429 waits its Retry-After instead).", "--retry-delay 5");
    public static readonly OptionSpec MaxRetryDelay = O("--max-retry-delay", "SECONDS", "Longest wait before one retry, Retry-After included.", "--max-retry-delay 300");
    public static readonly OptionSpec ReconcileMonths = O("--reconcile-months", "N",
        "How many of the latest months to compare one by one (the whole range is compared too).", "--reconcile-months 6");
    public static readonly OptionSpec Tolerance = O("--tolerance", "RATIO",
        "Largest difference allowed between warehouse and model, relative to the figure (absolute below 1).", "--tolerance 0.0001");

    /// <summary>The configuration: the file's (or the defaults), then each option given on top.</summary>
    public static NightlyConfig Resolve(ParsedOptions o)
    {
        var config = o.Get(Config.Name) is { } file ? NightlyConfigFile.Read(file) : new NightlyConfig();
        config.Source = o.Get(LoadCommand.Source.Name) ?? config.Source;
        config.Db = o.Get(CommonOptions.Db.Name) ?? config.Db;
        var load = config.Load;
        if (o.Has(NoLoad.Name)) load.Enabled = false;
        load.SourceTz = o.Get(LoadCommand.SourceTz.Name) ?? load.SourceTz;
        load.ReportingTz = o.Get(LoadCommand.ReportingTz.Name) ?? load.ReportingTz;
        load.Currency = o.Get(LoadCommand.Currency.Name) ?? load.Currency;
        load.MaxRejectRate = o.Has(LoadCommand.MaxRejectRate.Name) ? o.GetDouble(LoadCommand.MaxRejectRate.Name, 0) : load.MaxRejectRate;
        load.AsOf = o.Get(LoadCommand.AsOf.Name) ?? load.AsOf;
        config.Export.Folder = o.Get(Export.Name) ?? config.Export.Folder;
        config.Export.Format = o.Get(ExportFormat.Name) ?? config.Export.Format;
        if (o.Has(NoExport.Name)) config.Export.Enabled = false;
        ApplyPowerBi(config, o);
        return config;
    }

    private static void ApplyPowerBi(NightlyConfig config, ParsedOptions o)
    {
        if (o.Get(Model.Name) is { } models) (config.PowerBi ??= new PowerBiConfig()).Models = models.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(ParseModel).ToList();
        if (config.PowerBi is not { } p) return;
        p.Api = o.Get(Api.Name) ?? p.Api;
        p.AuthorityHost = o.Get(AuthorityHost.Name) ?? p.AuthorityHost;
        var a = p.Auth;
        a.Mode = o.Get(Auth.Name) ?? a.Mode;
        a.TenantId = o.Get(TenantId.Name) ?? a.TenantId;
        a.ClientId = o.Get(ClientId.Name) ?? a.ClientId;
        a.SecretEnv = o.Get(SecretEnv.Name) ?? a.SecretEnv;
        a.SecretFile = o.Get(SecretFile.Name) ?? a.SecretFile;
        a.CertificateFile = o.Get(CertificateFile.Name) ?? a.CertificateFile;
        a.CertificatePasswordEnv = o.Get(CertificatePasswordEnv.Name) ?? a.CertificatePasswordEnv;
        a.TokenEnv = o.Get(TokenEnv.Name) ?? a.TokenEnv;
        if (o.Has(NoRefresh.Name)) p.Refresh.Enabled = false;
        p.Refresh.TimeoutSeconds = Positive(o, RefreshTimeout, p.Refresh.TimeoutSeconds);
        p.Refresh.PollSeconds = Positive(o, PollSeconds, p.Refresh.PollSeconds);
        p.Refresh.PollMaxSeconds = Positive(o, PollMaxSeconds, p.Refresh.PollMaxSeconds);
        p.Retry.MaxAttempts = o.GetInt(MaxRetries.Name, p.Retry.MaxAttempts);
        p.Retry.BaseDelaySeconds = o.GetDouble(RetryDelay.Name, p.Retry.BaseDelaySeconds);
        p.Retry.MaxDelaySeconds = o.GetDouble(MaxRetryDelay.Name, p.Retry.MaxDelaySeconds);
        if (o.Has(NoReconcile.Name)) p.Reconcile.Enabled = false;
        p.Reconcile.Months = o.GetInt(ReconcileMonths.Name, p.Reconcile.Months);
        p.Reconcile.Tolerance = o.GetDouble(Tolerance.Name, p.Reconcile.Tolerance);
    }

    private static PowerBiModelConfig ParseModel(string text) => text.Split('/') is [{ Length: > 0 } workspace, { Length: > 0 } dataset]
        ? new PowerBiModelConfig { WorkspaceId = workspace, DatasetId = dataset }
        : throw new ConfigurationException($"--model takes WORKSPACE-ID/DATASET-ID, not '{text}'.");

    private static double Positive(ParsedOptions o, OptionSpec option, double fallback) =>
        o.GetDouble(option.Name, fallback) is var value && value > 0 ? value
        : throw new ConfigurationException(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be more than 0."));
}
