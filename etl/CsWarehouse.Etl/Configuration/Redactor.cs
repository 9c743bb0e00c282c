namespace CsWarehouse.Etl.Configuration;

/// <summary>Removes known secret values from text before it reaches a log or an error message.</summary>
public sealed class Redactor(IEnumerable<string> secrets)
{
    private readonly string[] _secrets = secrets.Where(s => s.Length > 0)
        .OrderByDescending(s => s.Length).ToArray();

    public static Redactor None { get; } = new([]);

    public string Redact(string text)
    {
        foreach (var secret in _secrets)
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        return text;
    }
}
