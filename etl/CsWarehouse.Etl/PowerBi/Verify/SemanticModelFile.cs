using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsWarehouse.Etl.PowerBi.Dax;

namespace CsWarehouse.Etl.PowerBi.Verify;

/// <summary>A model table as model.bim declares it: its columns (model name, source column) and the warehouse table its query reads.</summary>
public sealed record ModelTable(string Name, IReadOnlyList<(string Name, string Source)> Columns, string Schema, string Item);

/// <summary>The parts of model.bim that evaluation needs: tables and what they read, relationships, measures.</summary>
public sealed partial record SemanticModelFile(IReadOnlyList<ModelTable> Tables, IReadOnlyList<DaxMeasure> Measures,
    IReadOnlyList<(string FromTable, string FromColumn, string ToTable, string ToColumn)> Relationships,
    (string Table, string Column)? DateColumn)
{
    public static SemanticModelFile Read(string modelFile)
    {
        var root = JsonNode.Parse(File.ReadAllText(modelFile))?["model"]
                   ?? throw new InvalidDataException($"{modelFile}: no \"model\" object");
        var tables = new List<ModelTable>();
        var measures = new List<DaxMeasure>();
        (string, string)? dateColumn = null;
        foreach (var table in root["tables"]!.AsArray().Select(t => t!))
        {
            var name = (string)table["name"]!;
            var columns = (table["columns"]?.AsArray() ?? []).Select(c => c!)
                .Where(c => c["sourceColumn"] is not null)
                .Select(c => ((string)c["name"]!, (string)c["sourceColumn"]!)).ToList();
            foreach (var measure in table["measures"]?.AsArray() ?? [])
                measures.Add(new DaxMeasure((string)measure!["name"]!, name, Text(measure["expression"])));
            if ((string?)table["dataCategory"] == "Time" &&
                (table["columns"]?.AsArray() ?? []).FirstOrDefault(c => (bool?)c!["isKey"] == true) is { } key)
                dateColumn = (name, (string)key["name"]!);
            var partition = table["partitions"]?.AsArray().FirstOrDefault();
            if (partition?["source"]?["expression"] is not { } expression) continue;
            var (schema, item) = Source(Text(expression), modelFile, name);
            tables.Add(new ModelTable(name, columns, schema, item));
        }
        var relationships = (root["relationships"]?.AsArray() ?? []).Select(r => r!)
            .Select(r => ((string)r["fromTable"]!, (string)r["fromColumn"]!, (string)r["toTable"]!, (string)r["toColumn"]!)).ToList();
        return new SemanticModelFile(tables, measures, relationships, dateColumn);
    }

    /// <summary>model.bim writes long expressions as an array of lines.</summary>
    public static string Text(JsonNode? node) =>
        node is JsonArray lines ? string.Join("\n", lines.Select(l => (string?)l)) : (string?)node ?? "";

    /// <summary>The warehouse schema and table a partition's M query reads (a database item, or a Parquet file named schema.table).</summary>
    private static (string Schema, string Item) Source(string m, string file, string table)
    {
        var item = ItemPattern().Match(m);
        if (item.Success) return (item.Groups[1].Value, item.Groups[2].Value);
        var parquet = ParquetPattern().Match(m);
        if (parquet.Success) return (parquet.Groups[1].Value, parquet.Groups[2].Value);
        throw new InvalidDataException($"{file}: table '{table}' reads no warehouse view or table its query names (Schema/Item or schema.table.parquet)");
    }

    [GeneratedRegex(""""Schema\s*=\s*"(\w+)"\s*,\s*Item\s*=\s*"(\w+)"""")]
    private static partial Regex ItemPattern();

    [GeneratedRegex("""/(\w+)\.(\w+)\.parquet""")]
    private static partial Regex ParquetPattern();
}
