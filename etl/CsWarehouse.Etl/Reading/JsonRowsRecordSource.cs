using System.Text.Json;

namespace CsWarehouse.Etl.Reading;

/// <summary>
/// Rows held as a JSON array of objects (an API's response saved to a file): the header is every key met, in order;
/// arrays become their items joined with "; ". The line of a row is its position in the array (1 = first).
/// </summary>
public sealed class JsonRowsRecordSource : IRecordSource
{
    private readonly JsonDocument _document;
    private readonly List<JsonElement> _rows;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly List<string> _headers = [];
    private readonly string?[] _current;
    private int _index = -1;
    private readonly long _size;

    public JsonRowsRecordSource(Stream content, string file, string? rowsPath)
    {
        try { _document = JsonDocument.Parse(content); }
        catch (JsonException e) { throw new FileLevelException(file, $"is not valid JSON (line {e.LineNumber + 1}): {e.Message.Split(" Path:")[0]}"); }
        var node = _document.RootElement;
        // A file holding just the array of rows is read as it is, whatever path the profile names.
        if (node.ValueKind != JsonValueKind.Array)
            foreach (var part in (rowsPath ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries))
                if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(part, out node))
                    throw new FileLevelException(file, $"has no '{rowsPath}' array of rows.");
        if (node.ValueKind != JsonValueKind.Array) throw new FileLevelException(file, $"'{(rowsPath is null or "" ? "the document" : rowsPath)}' is not an array of rows.");
        _rows = node.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object).ToList();
        foreach (var row in _rows)
            foreach (var property in row.EnumerateObject())
                if (_columns.TryAdd(property.Name, _headers.Count)) _headers.Add(property.Name);
        _current = new string?[_headers.Count];
        _size = content.CanSeek ? content.Length : 0;
    }

    public IReadOnlyList<string> Headers => _headers;
    public long LineNumber => _index + 1;
    public long BytesRead => _index + 1 >= _rows.Count ? _size : 0;

    public bool Read()
    {
        if (++_index >= _rows.Count) return false;
        Array.Clear(_current);
        foreach (var property in _rows[_index].EnumerateObject())
            _current[_columns[property.Name]] = Text(property.Value);
        return true;
    }

    public string? TextAt(int column) => _current[column];

    private static string? Text(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(Text).Where(t => t is not null)),
            _ => value.GetRawText(),
        };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public void Dispose() => _document.Dispose();
}
