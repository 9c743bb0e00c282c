using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using CsWarehouse.Etl.Configuration;

namespace CsWarehouse.Etl.Nightly.Service;

/// <summary>
/// Builds the token source the configuration names. Secrets come only from environment variables or a file the
/// configuration names, and are handed to the source (and to the redactor), never to a log.
/// </summary>
public static class TokenSources
{
    /// <param name="handler">The HTTP handler Azure.Identity sends through; tests use it to trust a local server.</param>
    public static IAccessTokenSource Create(PowerBiConfig config, HttpMessageHandler? handler = null)
    {
        var auth = config.Auth;
        if (auth.Mode == AuthModes.AccessToken)
        {
            var variable = Need(auth.TokenEnv, "token_env (--token-env)");
            return new EnvironmentTokenSource(variable, FromEnvironment(variable, "the access token"));
        }
        var authority = AbsoluteUri(config.AuthorityHost, "authority_host (--authority-host)");
        if (auth.Mode == AuthModes.ManagedIdentity)
        {
            var options = Options(new TokenCredentialOptions(), authority, handler);
            var id = auth.ClientId is { } clientId ? ManagedIdentityId.FromUserAssignedClientId(clientId) : ManagedIdentityId.SystemAssigned;
            return new AzureTokenSource(new ManagedIdentityCredential(new ManagedIdentityCredentialOptions(id)
            {
                AuthorityHost = options.AuthorityHost, Transport = options.Transport,
            }), []);
        }
        var tenant = Need(auth.TenantId, "tenant_id (--tenant-id)");
        var client = Need(auth.ClientId, "client_id (--client-id)");
        if (auth.Mode == AuthModes.Certificate)
        {
            var file = Need(auth.CertificateFile, "certificate_file (--certificate-file)");
            if (!File.Exists(file)) throw new ConfigurationException($"{file}: the certificate file does not exist.");
            var password = auth.CertificatePasswordEnv is { } env ? FromEnvironment(env, "the certificate password") : null;
            var certificate = file.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
                ? X509Certificate2.CreateFromPemFile(file)
                : X509CertificateLoader.LoadPkcs12FromFile(file, password);
            return new AzureTokenSource(new ClientCertificateCredential(tenant, client, certificate,
                Options(new ClientCertificateCredentialOptions(), authority, handler)), password is null ? [] : [password]);
        }
        if (auth.Mode != AuthModes.ClientSecret)
            throw new ConfigurationException($"auth mode '{auth.Mode}' is not one of {string.Join(", ", AuthModes.All)}.");
        var secret = ClientSecret(auth);
        return new AzureTokenSource(new ClientSecretCredential(tenant, client, secret,
            Options(new ClientSecretCredentialOptions(), authority, handler)), [secret]);
    }

    private static string ClientSecret(PowerBiAuthConfig auth)
    {
        if (auth.SecretEnv is { } variable) return FromEnvironment(variable, "the client secret");
        if (auth.SecretFile is { } file)
        {
            if (!File.Exists(file)) throw new ConfigurationException($"{file}: the client secret file does not exist.");
            var secret = File.ReadAllText(file).Trim();
            return secret.Length > 0 ? secret : throw new ConfigurationException($"{file}: the client secret file is empty.");
        }
        throw new ConfigurationException("client_secret sign-in needs secret_env (--secret-env) or secret_file (--secret-file); " +
                                         "a secret is never written in the configuration itself.");
    }

    private static T Options<T>(T options, Uri authority, HttpMessageHandler? handler) where T : TokenCredentialOptions
    {
        options.AuthorityHost = authority;
        options.Retry.MaxRetries = 2;
        if (handler is not null) options.Transport = new HttpClientTransport(handler);
        return options;
    }

    private static string FromEnvironment(string variable, string what) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value
        : throw new ConfigurationException($"environment variable {variable} should hold {what}, but it is not set.");

    private static string Need(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ConfigurationException($"Power BI sign-in needs {name}.") : value;

    public static Uri AbsoluteUri(string text, string name)
    {
        var withSlash = text.EndsWith('/') ? text : text + "/";
        return Uri.TryCreate(withSlash, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? uri : throw new ConfigurationException($"{name} must be an absolute http(s) address, not '{text}'.");
    }
}
