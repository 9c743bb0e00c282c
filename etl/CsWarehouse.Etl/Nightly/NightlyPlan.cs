using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Publishing;
using CsWarehouse.Etl.Nightly.Service;

namespace CsWarehouse.Etl.Nightly;

/// <summary>A checked, ready-to-run nightly configuration: every setting resolved, every missing one reported up front.</summary>
public sealed record NightlyPlan(
    NightlyConfig Config,
    LoadSettings? LoadSettings,
    ExportFormat ExportFormat,
    IAccessTokenSource? Tokens)
{
    public bool Loads => Config.Load.Enabled && Config.Source is not null;
    public bool Exports => Config.Export.Enabled && Config.Export.Folder is not null;
    public bool Refreshes => Config.PowerBi is { Refresh.Enabled: true, Models.Count: > 0 };
    public bool Reconciles => Config.PowerBi is { Reconcile.Enabled: true, Models.Count: > 0 };

    /// <summary>Every secret the run holds (client secret, token, certificate password), for redacting output.</summary>
    public IReadOnlyList<string> Secrets => Tokens?.Secrets ?? [];

    /// <summary>Checks the configuration and resolves it; a <see cref="ConfigurationException"/> says what to fix.</summary>
    public static NightlyPlan Create(NightlyConfig config, HttpMessageHandler? identityHandler = null)
    {
        if (config.Load.Enabled && config.Source is null)
            throw new ConfigurationException("the load step needs a source folder: set \"source\" or --source (or turn the load off with --no-load).");
        var format = ExportFormats.Parse(config.Export.Format, "export format (--export-format)");
        var settings = config.Load.Enabled ? LoadSettingsOf(config.Load) : null;
        var powerBi = config.PowerBi;
        IAccessTokenSource? tokens = null;
        if (powerBi is { Models.Count: > 0 } && (powerBi.Refresh.Enabled || powerBi.Reconcile.Enabled))
        {
            TokenSources.AbsoluteUri(powerBi.Api, "api (--powerbi-api)");
            if (powerBi.Reconcile.Months < 1) throw new ConfigurationException("reconcile months (--reconcile-months) must be at least 1.");
            if (powerBi.Retry.MaxAttempts is < 0 or > 20) throw new ConfigurationException("retry max_attempts (--max-retries) must be between 0 and 20.");
            foreach (var model in powerBi.Models.Where(m => m.WorkspaceId.Length == 0 || m.DatasetId.Length == 0))
                throw new ConfigurationException($"Power BI model '{model.Label}' needs both workspace_id and dataset_id.");
            tokens = TokenSources.Create(powerBi, identityHandler);
        }
        return new NightlyPlan(config, settings, format, tokens);
    }

    private static LoadSettings LoadSettingsOf(LoadStepConfig load)
    {
        var rate = load.MaxRejectRate ?? 0.01;
        if (rate is < 0 or > 1) throw new ConfigurationException("max_reject_rate (--max-reject-rate) must be between 0 and 1.");
        DateOnly? asOf = null;
        if (load.AsOf is { } text)
            asOf = DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day) ? day
                : throw new ConfigurationException($"as_of (--as-of) must look like YYYY-MM-DD, not '{text}'.");
        return new LoadSettings
        {
            SourceTimeZone = LoadSettings.FindTimeZone(load.SourceTz ?? "UTC", "source_tz (--source-tz)"),
            ReportingTimeZone = LoadSettings.FindTimeZone(load.ReportingTz ?? "UTC", "reporting_tz (--reporting-tz)"),
            ReportingCurrency = (load.Currency ?? "USD").ToUpperInvariant(),
            MaxRejectRate = rate,
            AsOf = asOf,
        };
    }
}
