using System.Text.Json;
using CsWarehouse.Etl.Configuration;
using NJsonSchema;

namespace CsWarehouse.Etl.Nightly;

/// <summary>Reads a <c>cswh run</c> configuration file, checked against nightly.schema.json before it is used.</summary>
public static class NightlyConfigFile
{
    public const string SchemaResource = "nightly.schema.json";

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string SchemaText()
    {
        using var stream = typeof(NightlyConfigFile).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"{SchemaResource} is not embedded in {typeof(NightlyConfigFile).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static NightlyConfig Read(string path)
    {
        if (!File.Exists(path)) throw new ConfigurationException($"{path}: the configuration file does not exist.");
        var text = File.ReadAllText(path);
        var errors = Validate(text);
        if (errors.Count > 0)
            throw new ConfigurationException($"{path} does not match the configuration schema:{Environment.NewLine}  " +
                                             string.Join(Environment.NewLine + "  ", errors.Select(e => $"{path}:{e}")));
        return JsonSerializer.Deserialize<NightlyConfig>(text, Json)
            ?? throw new ConfigurationException($"{path}: the configuration is empty.");
    }

    /// <summary>Each problem as "line L, column C: path: what is wrong"; empty when the text is valid.</summary>
    public static IReadOnlyList<string> Validate(string text)
    {
        var schema = JsonSchema.FromJsonAsync(SchemaText()).GetAwaiter().GetResult();
        try
        {
            using var _ = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return [$"line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}: not valid JSON ({e.Message.Split(" Path:")[0]})"];
        }
        return schema.Validate(text)
            .Select(e => $"line {e.LineNumber}, column {e.LinePosition}: {(string.IsNullOrEmpty(e.Path) ? "#" : e.Path)}: {Explain(e)}")
            .ToList();
    }

    private static string Explain(NJsonSchema.Validation.ValidationError error) => error.Kind switch
    {
        NJsonSchema.Validation.ValidationErrorKind.NoAdditionalPropertiesAllowed => $"'{error.Property}' is not a known setting",
        NJsonSchema.Validation.ValidationErrorKind.PropertyRequired => $"'{error.Property}' is required",
        _ => error.Kind.ToString(),
    };

}
