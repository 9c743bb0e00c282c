namespace CsWarehouse.Etl.Profiles;

/// <summary>Header names compared the way vendors vary them: case ignored, spaces anywhere ignored.</summary>
public static class HeaderName
{
    public static string Normalize(string name)
    {
        Span<char> buffer = stackalloc char[name.Length];
        var length = 0;
        foreach (var c in name)
            if (!char.IsWhiteSpace(c) && c != '\uFEFF') buffer[length++] = char.ToLowerInvariant(c);
        return new string(buffer[..length]);
    }
}
