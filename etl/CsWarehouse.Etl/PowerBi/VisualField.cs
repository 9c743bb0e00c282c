using System.Text.Json.Nodes;

namespace CsWarehouse.Etl.PowerBi;

/// <summary>A model field a visual projects: <c>Column</c> or <c>Measure</c>, the table (entity) and the name (property).</summary>
public sealed record VisualField(string Kind, string Entity, string Property)
{
    /// <summary>Reads a PBIR field (<c>{"Measure": {"Expression": {"SourceRef": {"Entity": ...}}, "Property": ...}}</c>).</summary>
    public static VisualField From(JsonObject field)
    {
        foreach (var kind in new[] { "Column", "Measure" })
        {
            if (field[kind] is not JsonObject reference) continue;
            var entity = reference["Expression"]?["SourceRef"]?["Entity"]?.GetValue<string>();
            var property = reference["Property"]?.GetValue<string>();
            if (entity is not null && property is not null) return new VisualField(kind, entity, property);
        }
        throw new InvalidDataException($"unsupported visual field {field.ToJsonString()}: only table columns and measures are used");
    }
}
