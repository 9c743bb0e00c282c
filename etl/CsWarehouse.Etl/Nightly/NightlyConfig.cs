using System.Text.Json.Serialization;

namespace CsWarehouse.Etl.Nightly;

/// <summary>
/// What <c>cswh run</c> does, as read from its JSON file (snake_case names, see nightly.schema.json) and then
/// overridden by command-line options. Secrets are never held here: only where to find them.
/// </summary>
public sealed class NightlyConfig
{
    public string? Source { get; set; }
    public string? Db { get; set; }
    public LoadStepConfig Load { get; set; } = new();
    public ExportStepConfig Export { get; set; } = new();
    [JsonPropertyName("powerbi")] public PowerBiConfig? PowerBi { get; set; }
}

/// <summary>The load step: the same settings as <c>cswh load</c>.</summary>
public sealed class LoadStepConfig
{
    public bool Enabled { get; set; } = true;
    public string? SourceTz { get; set; }
    public string? ReportingTz { get; set; }
    public string? Currency { get; set; }
    public double? MaxRejectRate { get; set; }
    public string? AsOf { get; set; }
}

/// <summary>The export step: the folder a Parquet-reading model refreshes from, replaced whole.</summary>
public sealed class ExportStepConfig
{
    public bool Enabled { get; set; } = true;
    public string? Folder { get; set; }
    public string Format { get; set; } = "parquet";
}

/// <summary>The published semantic models to refresh and reconcile, and how to reach the service.</summary>
public sealed class PowerBiConfig
{
    public const string DefaultApi = "https://api.powerbi.com/v1.0/myorg/";
    public const string DefaultAuthorityHost = "https://login.microsoftonline.com/";

    public string Api { get; set; } = DefaultApi;
    public string AuthorityHost { get; set; } = DefaultAuthorityHost;
    public PowerBiAuthConfig Auth { get; set; } = new();
    public List<PowerBiModelConfig> Models { get; set; } = [];
    public RefreshConfig Refresh { get; set; } = new();
    public RetryConfig Retry { get; set; } = new();
    public ReconcileConfig Reconcile { get; set; } = new();
}

/// <summary>How to sign in: a service principal (secret or certificate), a managed identity, or a ready token.</summary>
public sealed class PowerBiAuthConfig
{
    public string Mode { get; set; } = AuthModes.ClientSecret;
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    /// <summary>Name of the environment variable holding the client secret.</summary>
    public string? SecretEnv { get; set; }
    /// <summary>Path of a file whose content is the client secret.</summary>
    public string? SecretFile { get; set; }
    public string? CertificateFile { get; set; }
    public string? CertificatePasswordEnv { get; set; }
    /// <summary>Name of the environment variable holding an access token already obtained (mode access_token).</summary>
    public string? TokenEnv { get; set; }
}

/// <summary>The sign-in modes the configuration accepts.</summary>
public static class AuthModes
{
    public const string ClientSecret = "client_secret", Certificate = "certificate",
        ManagedIdentity = "managed_identity", AccessToken = "access_token";

    public static readonly IReadOnlyList<string> All = [ClientSecret, Certificate, ManagedIdentity, AccessToken];
}

/// <summary>One semantic model in a workspace.</summary>
public sealed class PowerBiModelConfig
{
    public string? Name { get; set; }
    public string WorkspaceId { get; set; } = "";
    public string DatasetId { get; set; } = "";

    [JsonIgnore] public string Label => Name ?? DatasetId;
}

/// <summary>Refresh: whether to start one, how long to wait and how often to ask.</summary>
public sealed class RefreshConfig
{
    public bool Enabled { get; set; } = true;
    public double TimeoutSeconds { get; set; } = 3600;
    public double PollSeconds { get; set; } = 15;
    public double PollMaxSeconds { get; set; } = 120;
}

/// <summary>Retries of throttled (429) and failing (5xx) calls: never unbounded.</summary>
public sealed class RetryConfig
{
    public int MaxAttempts { get; set; } = 4;
    public double BaseDelaySeconds { get; set; } = 2;
    public double MaxDelaySeconds { get; set; } = 120;
}

/// <summary>Reconciliation: the months compared one by one, and the relative difference allowed.</summary>
public sealed class ReconcileConfig
{
    public bool Enabled { get; set; } = true;
    public int Months { get; set; } = 3;
    public double Tolerance { get; set; } = 0.000001;
}
