using System.Text.Encodings.Web;
using System.Text.Json;

namespace CsWarehouse.Etl.Kpi.Output;

/// <summary>A KPI report as JSON: the slice and months, then one object per row with its labels and codes (null when unknown).</summary>
public static class KpiJsonWriter
{
    public static void Write(KpiTable table, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("by", table.By.ToString().ToLowerInvariant());
        json.WriteString("from", table.FromMonth);
        json.WriteString("to", table.ToMonth);
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < table.LabelColumns.Count; i++) json.WriteString(table.LabelColumns[i], row.Labels[i]);
            foreach (var code in table.Codes)
            {
                json.WritePropertyName(code);
                if (row.Values[code] is { } value) json.WriteRawValue(KpiValueFormat.Invariant(value));
                else json.WriteNullValue();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
