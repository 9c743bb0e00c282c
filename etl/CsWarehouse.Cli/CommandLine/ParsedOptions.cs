using System.Globalization;
using CsWarehouse.Etl.Configuration;

namespace CsWarehouse.Cli.CommandLine;

/// <summary>The options a command was given, with typed getters that explain bad values.</summary>
public sealed class ParsedOptions(IReadOnlyDictionary<string, string?> values)
{
    public bool Has(string name) => values.ContainsKey(name);

    public string? Get(string name) => values.GetValueOrDefault(name);

    public string Require(string name) => Get(name)
        ?? throw new ConfigurationException($"{name} is required (see --help).");

    public int GetInt(string name, int fallback) =>
        Get(name) is not { } text ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
        : throw new ConfigurationException($"{name} must be a whole number, not '{text}'.");

    public double GetDouble(string name, double fallback) =>
        Get(name) is not { } text ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
        : throw new ConfigurationException($"{name} must be a number such as 0.01, not '{text}'.");

    public DateOnly? GetDate(string name, string format) =>
        Get(name) is not { } text ? null
        : DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new ConfigurationException($"{name} must look like {format.ToUpperInvariant()}, not '{text}'.");
}
