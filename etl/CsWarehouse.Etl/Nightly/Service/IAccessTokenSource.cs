namespace CsWarehouse.Etl.Nightly.Service;

/// <summary>Gives the bearer token for the next Power BI call (fresh enough to use; sources cache and renew it).</summary>
public interface IAccessTokenSource
{
    /// <summary>The token; its text is a secret and must never be logged.</summary>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>Secret values this source holds (a client secret, a token), for redacting output.</summary>
    IReadOnlyList<string> Secrets { get; }
}
