using System.Reflection;

namespace CsWarehouse.Etl.Profiles;

/// <summary>The profile schema and the built-in profiles, which travel inside the assembly.</summary>
internal static class ProfileResources
{
    private static readonly Assembly Assembly = typeof(ProfileResources).Assembly;

    public static string SchemaText() => Read("profiles/profile.schema.json");

    /// <summary>Each built-in profile as (resource name, JSON text).</summary>
    public static IEnumerable<(string Name, string Json)> BuiltIns() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("profiles/builtin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n["profiles/builtin/".Length..], Read(n)));

    private static string Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"missing resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
