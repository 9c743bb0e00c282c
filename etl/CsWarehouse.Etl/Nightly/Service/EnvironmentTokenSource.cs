namespace CsWarehouse.Etl.Nightly.Service;

/// <summary>An access token obtained by something else (e.g. a pipeline's own sign-in), read from an environment variable.</summary>
public sealed class EnvironmentTokenSource(string variable, string token) : IAccessTokenSource
{
    public IReadOnlyList<string> Secrets { get; } = [token];

    public string Variable { get; } = variable;

    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);
}
