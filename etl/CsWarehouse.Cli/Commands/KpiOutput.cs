using System.Text;
using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Kpi;
using CsWarehouse.Etl.Kpi.Output;

namespace CsWarehouse.Cli.Commands;

/// <summary>Where and how <c>cswh kpi</c> writes its report: a format, to standard output or a file.</summary>
public static class KpiOutput
{
    public enum Kind { Table, Csv, Json, Xlsx }

    public static Kind Parse(string format, string? file, string optionName)
    {
        var kind = format.ToLowerInvariant() switch
        {
            "table" => Kind.Table,
            "csv" => Kind.Csv,
            "json" => Kind.Json,
            "xlsx" => Kind.Xlsx,
            _ => throw new ConfigurationException($"{optionName} must be table, csv, json or xlsx, not '{format}'."),
        };
        if (kind == Kind.Xlsx && file is null)
            throw new ConfigurationException("--format xlsx writes a workbook, not text: add --out FILE.xlsx.");
        return kind;
    }

    /// <param name="csvPreamble">Written before CSV text: a byte-order mark with --bom, else nothing.</param>
    public static void Write(KpiTable table, Kind kind, string? file, TextWriter standardOutput, string csvPreamble = "")
    {
        if (kind is Kind.Json or Kind.Xlsx)
        {
            using Stream stream = file is null ? new MemoryStream() : File.Create(file);
            if (kind == Kind.Json) KpiJsonWriter.Write(table, stream);
            else KpiXlsxWriter.Write(table, stream);
            if (stream is MemoryStream memory) standardOutput.WriteLine(Encoding.UTF8.GetString(memory.ToArray()));
            return;
        }
        using var writer = file is null ? null : new StreamWriter(file, append: false, new UTF8Encoding(false));
        var output = writer ?? standardOutput;
        if (kind == Kind.Csv)
        {
            output.Write(csvPreamble);
            KpiCsvWriter.Write(table, output);
        }
        else KpiTextWriter.Write(table, output);
    }
}
