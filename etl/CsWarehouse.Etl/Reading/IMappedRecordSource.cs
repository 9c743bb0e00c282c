namespace CsWarehouse.Etl.Reading;

/// <summary>
/// A record source that maps a vendor file onto canonical columns: it says where a canonical value came from, so a
/// rejected row names the vendor file, its line and the vendor column, and it reports values it could not map.
/// </summary>
public interface IMappedRecordSource
{
    /// <summary>The vendor file's name.</summary>
    string VendorFile { get; }

    /// <summary>Values of the current record the mapping could not work out (column already described).</summary>
    IReadOnlyList<RowProblem> Problems { get; }

    /// <summary>A canonical column named with its vendor source, e.g. <c>Created at → created_at</c>.</summary>
    string Describe(string canonicalColumn);

    /// <summary>The vendor text the canonical column was worked out from, for the current record.</summary>
    string? VendorValue(string canonicalColumn);
}
