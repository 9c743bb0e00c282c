using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Profiles;

/// <summary>
/// Writes a starting profile for a vendor file: each canonical column of the entity matched to a header by name or a
/// common synonym, timestamp and duration formats guessed from the first rows. The user reviews and edits it.
/// </summary>
public static class ProfileStarter
{
    public const string Placeholder = "TODO: vendor column";

    private static readonly Dictionary<string, string[]> Synonyms = new()
    {
        ["call_id"] = ["callid", "id", "uniqueid", "interactionid", "callsid"],
        ["started_at"] = ["start", "starttime", "startedat", "timestamp", "calldate", "date", "datetime"],
        ["answered_at"] = ["answer", "answertime", "answeredat", "connectedat"],
        ["ended_at"] = ["end", "endtime", "endedat", "finishedat", "hangup"],
        ["direction"] = ["direction", "calltype", "type"],
        ["agent_id"] = ["agent", "agentid", "user", "userid", "username", "assignee", "owner", "ext", "extension"],
        ["agent_name"] = ["agentname", "name", "username", "fullname"],
        ["customer_id"] = ["customer", "customerid", "ani", "caller", "callerid", "requesterid", "contactid", "phone"],
        ["customer_name"] = ["customername", "requester", "name", "fullname"],
        ["talk_seconds"] = ["talktime", "talk", "billsec", "talkseconds"],
        ["hold_seconds"] = ["holdtime", "hold", "holdseconds"],
        ["after_call_work_seconds"] = ["aftercallworktime", "acw", "wrapup", "wrapuptime"],
        ["ticket_id"] = ["ticketid", "ticket", "id"],
        ["created_at"] = ["created", "createdat", "createdtime", "createddate", "opened"],
        ["first_response_at"] = ["firstresponseat", "firstreplyat", "firstresponsetime"],
        ["resolved_at"] = ["resolved", "resolvedat", "resolvedtime", "solvedat", "closedat", "closedtime"],
        ["channel"] = ["channel", "source", "via", "medium"],
        ["status"] = ["status", "state"],
        ["priority"] = ["priority"],
        ["topic"] = ["topic", "category", "type", "tickettype", "disposition", "reason"],
        ["response_id"] = ["responseid", "id", "#", "respondentid", "msgid"],
        ["responded_at"] = ["respondedat", "submitdate", "submittedat", "submitdateutc", "enddate", "timestamp", "date"],
        ["score"] = ["score", "rating", "rate", "nps"],
        ["comment"] = ["comment", "note", "feedback", "comments"],
    };

    private static readonly string[] Patterns =
    [
        "ddd, dd MMM yyyy HH:mm:ss", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy HH:mm",
        "M/d/yyyy h:mm:ss tt", "M/d/yyyy h:mm tt", "dd-MM-yyyy HH:mm:ss", "dd-MM-yyyy HH:mm", "dd.MM.yyyy HH:mm:ss", "yyyy/MM/dd HH:mm:ss",
    ];

    /// <summary>The starting profile's JSON text for <paramref name="path"/> feeding <paramref name="entity"/>.</summary>
    public static string Create(string path, string entity)
    {
        var export = CanonicalExports.ForFile(entity + ".csv") ?? throw new ProfileException(Path.GetFileName(path), "entity",
            $"unknown entity '{entity}' (known: {string.Join(", ", CanonicalExports.All.Select(e => e.Entity))})");
        var rows = VendorFileOpener.FirstRows(path, 11);
        var header = rows.FirstOrDefault() ?? [];
        var samples = rows.Skip(1).ToList();
        var used = new List<string>();
        var columns = new JsonObject();
        foreach (var field in export.Fields)
        {
            var index = Find(field.Name, header);
            if (index < 0)
            {
                if (field.Required && field.Default is null) columns[field.Name] = Placeholder;
                continue;
            }
            used.Add(header[index]);
            var values = samples.Select(r => r.ElementAtOrDefault(index)).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
            columns[field.Name] = Value(field, header[index], values);
        }
        var stem = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
        var name = new string(stem.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        var profile = new JsonObject
        {
            ["$schema"] = "profile.schema.json",
            ["name"] = (name.Length == 0 ? "my" : name) + "-" + entity,
            ["title"] = $"Starting profile for {Path.GetFileName(path)}: review every column, then save it as *.profile.json in the source folder",
            ["match"] = new JsonObject { ["headers"] = new JsonArray(used.Distinct().Select(h => (JsonNode)h).ToArray()) },
            ["targets"] = new JsonArray(new JsonObject { ["entity"] = entity, ["columns"] = columns }),
        };
        return profile.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static int Find(string canonical, IReadOnlyList<string> header)
    {
        var keys = header.Select(h => new string(h.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray())).ToList();
        var exact = keys.IndexOf(canonical.Replace("_", ""));
        if (exact >= 0) return exact;
        foreach (var synonym in Synonyms.GetValueOrDefault(canonical, []))
        {
            var i = keys.IndexOf(synonym);
            if (i >= 0) return i;
        }
        return -1;
    }

    private static JsonNode Value(Field field, string column, IReadOnlyList<string> values)
    {
        if (field.Type == FieldType.Instant && values.Count > 0 && TimestampPattern(values) is { } pattern)
            return new JsonObject { ["column"] = column, ["timestamp"] = pattern };
        if (field.Type == FieldType.Integer && field.Name.EndsWith("_seconds", StringComparison.Ordinal) && values.Any(v => v.Contains(':')))
            return new JsonObject { ["column"] = column, ["duration"] = "s" };
        return column;
    }

    private static string? TimestampPattern(IReadOnlyList<string> values)
    {
        if (values.All(v => v.Length == 13 && v.All(char.IsAsciiDigit))) return "epoch_ms";
        if (values.All(v => v.Length == 10 && v.All(char.IsAsciiDigit))) return "epoch_s";
        if (values.All(v => Reading.IsoTextParser.TryParseTimestamp(v, out _, out _))) return "iso";
        return Patterns.FirstOrDefault(p => values.All(v =>
            DateTime.TryParseExact(v, p, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _)));
    }
}
