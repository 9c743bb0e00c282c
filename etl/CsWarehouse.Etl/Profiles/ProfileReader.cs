using System.Text.Json;
using System.Text.RegularExpressions;
using CsWarehouse.Etl.Contracts;
using NJsonSchema;

namespace CsWarehouse.Etl.Profiles;

/// <summary>
/// Reads a profile's JSON: checks it against profile.schema.json, then what the schema cannot know (the entity and its
/// columns exist, patterns and time zones are valid). Every error names the profile file and the key.
/// </summary>
public static class ProfileReader
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(ProfileResources.SchemaText()).GetAwaiter().GetResult());

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static Profile ReadFile(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new ProfileException(Path.GetFileName(path), "", $"cannot be read: {e.Message}"); }
        return Read(text, Path.GetFileName(path));
    }

    /// <summary>
    /// Reads one profile. <paramref name="checkSchema"/> false skips the JSON-schema check, for the built-in profiles
    /// only: the tests check those against the schema, and the check costs every run about 0.3 s of start-up.
    /// </summary>
    public static Profile Read(string json, string origin, bool checkSchema = true)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(json, Options); }
        catch (JsonException e) { throw new ProfileException(origin, "", $"is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {FirstSentence(e.Message)}"); }
        using (document)
        {
            var errors = checkSchema ? Schema.Value.Validate(json) : [];
            if (errors.Count > 0)
            {
                var first = errors.OrderBy(e => e.LineNumber).First();
                throw new ProfileException(origin, KeyOf(first.Path, first.Property), Explain(first));
            }
            return new Builder(origin).Build(document.RootElement);
        }
    }

    private static string FirstSentence(string message) => message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.');

    private static string KeyOf(string? path, string? property)
    {
        var key = (path ?? "").TrimStart('#', '/').Replace('/', '.');
        if (!string.IsNullOrEmpty(property) && !key.EndsWith(property, StringComparison.Ordinal)) key = key.Length == 0 ? property : key + "." + property;
        return key;
    }

    private static string Explain(NJsonSchema.Validation.ValidationError error) => error.Kind switch
    {
        NJsonSchema.Validation.ValidationErrorKind.NoAdditionalPropertiesAllowed => "is not a key of the profile format",
        NJsonSchema.Validation.ValidationErrorKind.PropertyRequired => "is required",
        _ => $"does not fit the profile format ({error.Kind}, line {error.LineNumber})",
    };

    /// <summary>Turns the checked JSON into a <see cref="Profile"/>, collecting the vendor columns it reads.</summary>
    private sealed class Builder(string origin)
    {
        private readonly List<string> _columns = [];
        private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TimestampFormat> _formats = new(StringComparer.Ordinal);
        private bool _decimalComma;

        public Profile Build(JsonElement root)
        {
            var name = root.GetProperty("name").GetString()!;
            _decimalComma = root.TryGetProperty("decimalComma", out var dc) && dc.GetBoolean();
            var match = Match(root.GetProperty("match"));
            var zone = root.TryGetProperty("timeZone", out var tz) ? Zone(tz.GetString()!, "timeZone") : null;
            var targets = root.GetProperty("targets").EnumerateArray().Select((t, i) => Target(t, $"targets[{i}]")).ToList();
            // A headerless file's columns are all the profile may read.
            if (match.Columns is { } declared)
            {
                var known = declared.Select(HeaderName.Normalize).ToHashSet();
                var unknown = _columns.FirstOrDefault(c => !known.Contains(HeaderName.Normalize(c)));
                if (unknown is not null) throw Error("match.columns", $"the profile reads column '{unknown}', which is not in the column list");
            }
            return new Profile
            {
                Name = name,
                Title = root.TryGetProperty("title", out var title) ? title.GetString() : null,
                Origin = origin,
                Match = match,
                TimeZone = zone,
                DecimalComma = _decimalComma,
                Targets = targets,
                VendorColumns = _columns,
                NullTokens = Strings(root, "nullTokens").ToHashSet(StringComparer.OrdinalIgnoreCase),
            };
        }

        private ProfileMatch Match(JsonElement match)
        {
            var headers = Strings(match, "headers");
            var columns = match.TryGetProperty("columns", out _) ? Strings(match, "columns") : null;
            var fileName = match.TryGetProperty("fileName", out var f) ? f.GetString() : null;
            if (headers.Count == 0 && (columns is null || fileName is null))
                throw Error("match", "needs 'headers', or 'fileName' with 'columns' for a file without a header row");
            return new ProfileMatch
            {
                Headers = headers,
                HeaderRow = match.TryGetProperty("headerRow", out var row) ? row.GetInt32() : 1,
                FileName = fileName,
                Columns = columns,
                Format = match.TryGetProperty("format", out var format) ? format.GetString() : null,
                Rows = match.TryGetProperty("rows", out var rows) ? rows.GetString() : null,
                Sheet = match.TryGetProperty("sheet", out var sheet) ? sheet.GetString() : null,
            };
        }

        private ProfileTarget Target(JsonElement target, string key)
        {
            var entity = target.GetProperty("entity").GetString()!;
            var export = CanonicalExports.ForFile(entity + ".csv") ?? throw Error(key + ".entity",
                $"unknown entity '{entity}' (known: {string.Join(", ", CanonicalExports.All.Select(e => e.Entity))})");
            var columns = new List<(Field, ValueExpr)>();
            foreach (var column in target.GetProperty("columns").EnumerateObject())
            {
                var field = export.Fields.FirstOrDefault(f => f.Name == column.Name) ?? throw Error($"{key}.columns.{column.Name}",
                    $"unknown canonical column of {entity} (known: {string.Join(", ", export.Fields.Select(f => f.Name))})");
                columns.Add((field, Value(column.Value, $"{key}.columns.{column.Name}", field)));
            }
            var missing = export.Fields.Where(f => f.Required && f.Default is null && columns.All(c => c.Item1 != f)).Select(f => f.Name).ToList();
            if (missing.Count > 0) throw Error(key + ".columns", $"required column{(missing.Count > 1 ? "s" : "")} of {entity} not mapped: {string.Join(", ", missing)}");
            return new ProfileTarget
            {
                Export = export,
                Distinct = target.TryGetProperty("distinct", out var d) && d.GetBoolean(),
                SkipWhen = target.TryGetProperty("skipWhen", out var skip) ? Condition(skip, key + ".skipWhen") : null,
                Columns = columns,
            };
        }

        private ValueExpr Value(JsonElement value, string key, Field? field)
        {
            if (value.ValueKind == JsonValueKind.String)
                return Column(value.GetString()!, field);
            var sources = new[] { "column", "columns", "constant", "key", "cases" }.Count(name => value.TryGetProperty(name, out _));
            if (sources != 1) throw Error(key, "needs exactly one of 'column', 'columns', 'constant', 'key' or 'cases'");
            var used = new List<string>();
            int[] slots = [];
            if (value.TryGetProperty("column", out var c)) slots = [Slot(c.GetString()!, used)];
            if (value.TryGetProperty("columns", out var cs)) slots = cs.EnumerateArray().Select(x => Slot(x.GetString()!, used)).ToArray();
            if (value.TryGetProperty("key", out var k)) slots = k.EnumerateArray().Select(x => Slot(x.GetString()!, used)).ToArray();
            TimestampFormat? timestamp = null;
            if (value.TryGetProperty("timestamp", out var ts))
            {
                var patterns = ts.ValueKind == JsonValueKind.String ? [ts.GetString()!] : ts.EnumerateArray().Select(p => p.GetString()!).ToList();
                var id = string.Join('\u001f', patterns);
                if (!_formats.TryGetValue(id, out timestamp))
                {
                    timestamp = TimestampFormat.Create(patterns, out var error);
                    if (error is not null) throw Error(key + ".timestamp", error);
                    _formats[id] = timestamp;
                }
            }
            var expr = new ValueExpr
            {
                Slots = slots,
                Constant = value.TryGetProperty("constant", out var constant) ? constant.GetString() : null,
                Separator = value.TryGetProperty("separator", out var sep) ? sep.GetString()! : " ",
                IsKey = value.TryGetProperty("key", out _),
                Cases = value.TryGetProperty("cases", out var cases)
                    ? cases.EnumerateArray().Select((x, i) => (Condition(x.GetProperty("when"), $"{key}.cases[{i}].when"),
                        Value(x.GetProperty("then"), $"{key}.cases[{i}].then", field))).ToArray()
                    : null,
                Else = value.TryGetProperty("else", out var otherwise) ? Value(otherwise, key + ".else", field) : null,
                NullTokens = value.TryGetProperty("nullTokens", out _) ? Strings(value, "nullTokens").ToHashSet(StringComparer.OrdinalIgnoreCase) : null,
                Extract = value.TryGetProperty("extract", out var extract) ? Regex(extract.GetString()!, key + ".extract") : null,
                Map = value.TryGetProperty("map", out var map)
                    ? map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.GetString(), StringComparer.OrdinalIgnoreCase)
                    : null,
                HasDefault = value.TryGetProperty("default", out var def),
                Default = def.ValueKind == JsonValueKind.String ? def.GetString() : null,
                Timestamp = timestamp,
                TimeZone = value.TryGetProperty("timeZone", out var zone) ? Zone(zone.GetString()!, key + ".timeZone") : null,
                DurationUnit = value.TryGetProperty("duration", out var unit) ? UnitSeconds(unit.GetString()!) : null,
                Number = value.TryGetProperty("number", out var number) && number.GetBoolean() || IsNumericPassThrough(value, field),
                DecimalComma = _decimalComma,
                Plus = value.TryGetProperty("plus", out var plus) ? plus.EnumerateArray().Select((x, i) => Value(x, $"{key}.plus[{i}]", null)).ToArray() : [],
                Prefix = value.TryGetProperty("prefix", out var prefix) ? prefix.GetString() : null,
                When = value.TryGetProperty("when", out var when) ? Condition(when, key + ".when") : null,
            };
            expr.SourceColumns = used.Concat(expr.Cases?.SelectMany(x => x.Then.SourceColumns) ?? []).Concat(expr.Else?.SourceColumns ?? [])
                .Concat(expr.Plus.SelectMany(p => p.SourceColumns)).Distinct().ToList();
            return expr;
        }

        // With a decimal comma, a number passed straight into a numeric canonical column is read as a number too.
        private bool IsNumericPassThrough(JsonElement value, Field? field) =>
            _decimalComma && field?.Type is FieldType.Decimal or FieldType.Integer
            && !value.TryGetProperty("timestamp", out _) && !value.TryGetProperty("duration", out _) && !value.TryGetProperty("map", out _);

        private ValueExpr Column(string name, Field? field)
        {
            var used = new List<string>();
            return new ValueExpr
            {
                Slots = [Slot(name, used)],
                Number = _decimalComma && field?.Type is FieldType.Decimal or FieldType.Integer,
                DecimalComma = _decimalComma,
                SourceColumns = used,
            };
        }

        private Condition Condition(JsonElement condition, string key)
        {
            if (condition.TryGetProperty("not", out var not)) return new Condition.Not(Condition(not, key + ".not"));
            if (condition.TryGetProperty("all", out var all))
                return new Condition.All(all.EnumerateArray().Select((x, i) => Condition(x, $"{key}.all[{i}]")).ToArray());
            if (condition.TryGetProperty("any", out var any))
                return new Condition.Any(any.EnumerateArray().Select((x, i) => Condition(x, $"{key}.any[{i}]")).ToArray());
            if (!condition.TryGetProperty("column", out var column)) throw Error(key, "needs 'column' (or 'not', 'all', 'any')");
            var slot = Slot(column.GetString()!, []);
            Func<string?, bool>? test = null;
            var tests = 0;
            if (condition.TryGetProperty("equals", out var eq)) { test = Profiles.Condition.Equals(eq.GetString()!); tests++; }
            if (condition.TryGetProperty("in", out _)) { test = Profiles.Condition.In(Strings(condition, "in")); tests++; }
            if (condition.TryGetProperty("matches", out var m)) { test = Profiles.Condition.Matches(Regex(m.GetString()!, key + ".matches")); tests++; }
            if (condition.TryGetProperty("empty", out var e)) { test = Profiles.Condition.Empty(e.GetBoolean()); tests++; }
            if (condition.TryGetProperty("set", out var s)) { test = Profiles.Condition.Set(s.GetBoolean()); tests++; }
            if (tests != 1) throw Error(key, "needs exactly one test: 'equals', 'in', 'matches', 'empty' or 'set'");
            return new Condition.Test(slot, test!);
        }

        private int Slot(string column, List<string> used)
        {
            var normalized = HeaderName.Normalize(column);
            if (!_slots.TryGetValue(normalized, out var slot))
            {
                slot = _columns.Count;
                _columns.Add(column);
                _slots[normalized] = slot;
            }
            used.Add(_columns[slot]);
            return slot;
        }

        private TimeZoneInfo Zone(string name, string key)
        {
            try { return TimeZoneInfo.FindSystemTimeZoneById(name); }
            catch (TimeZoneNotFoundException) { throw Error(key, $"'{name}' is not a known IANA time zone"); }
        }

        private Regex Regex(string pattern, string key)
        {
            try { return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)); }
            catch (ArgumentException e) { throw Error(key, $"'{pattern}' is not a valid regular expression ({e.Message})"); }
        }

        private static decimal UnitSeconds(string unit) => unit switch
        {
            "s" => 1m,
            "ms" => 0.001m,
            "min" => 60m,
            "h" => 3600m,
            _ => throw new ArgumentOutOfRangeException(nameof(unit)),
        };

        private static List<string> Strings(JsonElement parent, string name) =>
            parent.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(x => x.GetString()!).ToList() : [];

        private ProfileException Error(string key, string message) => new(origin, key, message);
    }
}
