using Azure.Core;
using Azure.Identity;

namespace CsWarehouse.Etl.Nightly.Service;

/// <summary>Tokens from Azure.Identity (service principal or managed identity), which caches and renews them itself.</summary>
public sealed class AzureTokenSource(TokenCredential credential, IReadOnlyList<string> secrets) : IAccessTokenSource
{
    /// <summary>The Power BI service's scope for an app-only token.</summary>
    public const string Scope = "https://analysis.windows.net/powerbi/api/.default";

    public IReadOnlyList<string> Secrets { get; } = secrets;

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
            return token.Token;
        }
        catch (AuthenticationFailedException e)
        {
            // The library's message can quote the identity service's answer; keep only its first sentence, then redact.
            throw new NightlyFailureException(FailureKind.Unauthorized,
                $"signing in to Microsoft Entra failed ({credential.GetType().Name}): {FirstLine(e.Message)}. " +
                "Check the tenant, client id and secret or certificate.");
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim().TrimEnd('.');
}
