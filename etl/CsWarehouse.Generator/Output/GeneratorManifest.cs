using System.Text.Encodings.Web;
using System.Text.Json;

namespace CsWarehouse.Generator.Output;

/// <summary>Writes generator/manifest.json: the options used and each file's row counts, with nothing run-specific.</summary>
internal static class GeneratorManifest
{
    public const string FileName = "manifest.json";

    public static void Write(string outDir, GeneratorOptions options, OutputSet output)
    {
        string path = Path.Combine(outDir, ContractFiles.AuxiliaryFolder, FileName);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("generator", "cswh generate");
        json.WriteNumber("seed", options.Seed);
        json.WriteNumber("customers", options.Customers);
        json.WriteNumber("months", options.Months);
        json.WriteString("start", options.StartMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("time_zone", options.TimeZone);
        json.WriteNumber("dirty_rate", options.DirtyRate);
        json.WriteString("reporting_currency", Finance.FxRates.Reporting);
        json.WriteStartObject("timestamp_styles");
        foreach (var (file, style) in ContractFiles.TimeStyles) json.WriteString(file, style.ToString().ToLowerInvariant());
        json.WriteEndObject();
        json.WriteStartArray("files");
        foreach (var (file, rows, injected) in output.Counts())
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteNumber("rows", rows);
            json.WriteNumber("injected_rejects", injected);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("roster_start_rows", output.RosterAtStart.Rows);
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }
}
