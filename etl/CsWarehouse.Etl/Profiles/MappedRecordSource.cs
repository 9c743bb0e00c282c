using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Profiles;

/// <summary>
/// A vendor file seen through one target of its profile: the headers are canonical column names and each record's
/// values are worked out from the vendor row. Everything after it (validation, rejects, staging) is the canonical path.
/// </summary>
public sealed class MappedRecordSource : IRecordSource, IMappedRecordSource, IVendorRow
{
    private readonly IRecordSource _vendor;
    private readonly Profile _profile;
    private readonly ProfileTarget _target;
    private readonly TimeZoneInfo _zone;
    private readonly int[] _columnOfSlot;
    private readonly string?[] _values;
    private readonly List<RowProblem> _problems = [];
    private readonly Dictionary<string, int> _canonical;
    private readonly int[] _keyColumns;
    private readonly HashSet<string>? _seenKeys;

    /// <param name="zone">The zone naive vendor timestamps are read in (the command line's, else the profile's, else the run's).</param>
    public MappedRecordSource(IRecordSource vendor, Profile profile, ProfileTarget target, TimeZoneInfo zone, string vendorFile)
    {
        _vendor = vendor;
        _profile = profile;
        _target = target;
        _zone = zone;
        VendorFile = vendorFile;
        var positions = new Dictionary<string, int>();
        for (var i = 0; i < vendor.Headers.Count; i++) positions.TryAdd(HeaderName.Normalize(vendor.Headers[i]), i);
        _columnOfSlot = profile.VendorColumns.Select(c => positions.GetValueOrDefault(HeaderName.Normalize(c), -1)).ToArray();
        Headers = target.Columns.Select(c => c.Field.Name).ToList();
        _canonical = Headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i);
        _values = new string?[Headers.Count];
        _keyColumns = target.Export.Key.Select(k => _canonical.GetValueOrDefault(k.Name, -1)).ToArray();
        _seenKeys = target.Distinct ? new HashSet<string>(StringComparer.Ordinal) : null;
    }

    public string VendorFile { get; }
    public IReadOnlyList<string> Headers { get; }
    public IReadOnlyList<RowProblem> Problems => _problems;
    public long LineNumber => _vendor.LineNumber;
    public long BytesRead => _vendor.BytesRead;
    public string? TextAt(int column) => _values[column];

    public bool Read()
    {
        while (_vendor.Read())
        {
            if (_target.SkipWhen is { } skip && skip.IsTrue(this)) continue;
            _problems.Clear();
            for (var i = 0; i < _values.Length; i++)
            {
                var (field, value) = _target.Columns[i];
                try { _values[i] = ValueExpr.Format(value.Evaluate(this), _zone); }
                catch (MappingException e)
                {
                    _values[i] = null;
                    _problems.Add(new RowProblem(Describe(field.Name), e.Value, e.Message));
                }
            }
            if (_seenKeys is not null && _problems.Count == 0 && !_seenKeys.Add(KeyText())) continue;
            return true;
        }
        return false;
    }

    string? IVendorRow.Text(int slot)
    {
        var column = _columnOfSlot[slot];
        if (column < 0) return null;
        var text = _vendor.TextAt(column);
        return text is not null && _profile.NullTokens.Contains(text) ? null : text;
    }

    public string Describe(string canonicalColumn)
    {
        var sources = _canonical.TryGetValue(canonicalColumn, out var i) ? _target.Columns[i].Value.SourceColumns : [];
        return sources.Count == 0 ? canonicalColumn : $"{string.Join(" + ", sources)} → {canonicalColumn}";
    }

    public string? VendorValue(string canonicalColumn)
    {
        if (!_canonical.TryGetValue(canonicalColumn, out var i)) return null;
        var texts = _target.Columns[i].Value.SourceColumns
            .Select(c => ((IVendorRow)this).Text(_profile.VendorColumns.ToList().IndexOf(c))).ToList();
        return texts.All(t => t is null) ? null : string.Join(" | ", texts);
    }

    private string KeyText() => string.Join('\u001f', _keyColumns.Select(c => c < 0 ? "" : _values[c] ?? ""));

    public void Dispose() => _vendor.Dispose();
}
