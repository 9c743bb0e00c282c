using CsWarehouse.Etl.Engines;
using CsWarehouse.Etl.Reading;

namespace CsWarehouse.Etl.Contracts;

/// <summary>
/// One canonical export file: every header it may carry with its type and rules, its natural key,
/// and how a valid row becomes a staging row (the map from file to <c>stg.*</c>).
/// </summary>
public abstract class Export
{
    protected Export(string entity, string stagingTable, Field[] fields, Field[] key, ColumnLayout[]? extras = null)
    {
        Entity = entity;
        Fields = fields;
        Key = key;
        Extras = extras ?? [];
        for (var i = 0; i < fields.Length; i++) fields[i].Ordinal = i;
        Staging = new TableLayout("stg", stagingTable, StagingColumns().ToList());
    }

    /// <summary>The entity name, which is also the file name without <c>.csv</c>.</summary>
    public string Entity { get; }
    public string FileName => Entity + ".csv";
    public IReadOnlyList<Field> Fields { get; }
    public IReadOnlyList<Field> Key { get; }

    /// <summary>Columns computed from a whole row (durations, converted amounts), staged after the fields.</summary>
    public IReadOnlyList<ColumnLayout> Extras { get; }

    public TableLayout Staging { get; }

    /// <summary>Staged columns that scope the natural key: a row supersedes another only when these match too.</summary>
    public virtual IReadOnlyList<string> FileScopedKey => [];

    /// <summary>Rules that involve more than one field; report breaches with <see cref="ParsedRow.Reject"/>.</summary>
    public virtual void Check(ParsedRow row, LoadContext context) { }

    /// <summary>Fills <paramref name="extras"/> (one slot per <see cref="Extras"/> column) for a valid row.</summary>
    public virtual void Extend(ParsedRow row, LoadContext context, object?[] extras) { }

    private IEnumerable<ColumnLayout> StagingColumns()
    {
        yield return new ColumnLayout("line_number", ValueKind.Int64);
        foreach (var field in Fields)
        {
            switch (field.Type)
            {
                case FieldType.Instant:
                    var stem = field.Name.EndsWith("_at", StringComparison.Ordinal) ? field.Name[..^3] : field.Name;
                    yield return new ColumnLayout(field.Name, ValueKind.Timestamp);
                    yield return new ColumnLayout(stem + "_date_key", ValueKind.Int32);
                    yield return new ColumnLayout(stem + "_hour", ValueKind.Int32);
                    break;
                case FieldType.Month:
                    yield return new ColumnLayout(field.Name, ValueKind.Date);
                    yield return new ColumnLayout(field.Name + "_key", ValueKind.Int32);
                    break;
                case FieldType.Date:
                    yield return new ColumnLayout(field.Name, ValueKind.Date);
                    if (field.WithKey) yield return new ColumnLayout(field.Name + "_key", ValueKind.Int32);
                    break;
                default:
                    yield return new ColumnLayout(field.Name, KindOf(field.Type));
                    break;
            }
        }
        foreach (var extra in Extras) yield return extra;
    }

    private static ValueKind KindOf(FieldType type) => type switch
    {
        FieldType.Text or FieldType.Code => ValueKind.Text,
        FieldType.Integer or FieldType.Boolean => ValueKind.Int32,
        FieldType.Decimal => ValueKind.Decimal,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
