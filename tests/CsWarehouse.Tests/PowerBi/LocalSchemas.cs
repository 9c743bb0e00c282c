using System.Collections.Concurrent;
using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.References;

namespace CsWarehouse.Tests.PowerBi;

/// <summary>Loads Microsoft's JSON schemas from the local copy: every developer.microsoft.com URL maps to a file there.</summary>
public static class LocalSchemas
{
    public const string UrlPrefix = "https://developer.microsoft.com/json-schemas/";

    private static readonly ConcurrentDictionary<string, JsonSchema> Cache = new(StringComparer.Ordinal);

    public static string PathOf(string url)
    {
        Assert.StartsWith(UrlPrefix, url);
        // Some schemas name their embedded variants "schema.embedded.json" in $id, the files are "schema-embedded.json".
        var relative = url[UrlPrefix.Length..].Replace("schema.embedded.json", "schema-embedded.json", StringComparison.Ordinal);
        return Path.Combine(PowerBiModel.SchemasFolder, relative.Replace('/', Path.DirectorySeparatorChar));
    }

    public static JsonSchema For(string url) => Cache.GetOrAdd(url, u =>
        JsonSchema.FromFileAsync(PathOf(u), schema => new LocalResolver(schema)).GetAwaiter().GetResult());

    private sealed class LocalResolver(JsonSchema root)
        : JsonReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
    {
        public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken) =>
            url.StartsWith(UrlPrefix, StringComparison.Ordinal)
                ? ResolveFileReferenceAsync(PathOf(url.Split('#')[0]), cancellationToken)
                : throw new InvalidOperationException($"schema reference {url} has no local copy: tests never go online");
    }
}
