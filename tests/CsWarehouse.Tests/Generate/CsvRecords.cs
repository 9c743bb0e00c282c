using System.Text;

namespace CsWarehouse.Tests.Generate;

/// <summary>One CSV record and the physical line it starts on (the header is line 1).</summary>
public sealed record CsvRecord(int Line, string[] Fields);

/// <summary>A small RFC 4180 reader for tests, independent of the generator's writer.</summary>
public static class CsvRecords
{
    public static (string[] Header, List<CsvRecord> Records) Read(string path)
    {
        var all = Parse(File.ReadAllText(path, new UTF8Encoding(false, true)));
        return (all[0].Fields, all.Skip(1).ToList());
    }

    public static List<CsvRecord> Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, start = 1, i = 0;
        bool quoted = false, any = false;
        while (i < text.Length)
        {
            char c = text[i++];
            if (quoted)
            {
                if (c == '"' && i < text.Length && text[i] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            any = true;
            if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add(new CsvRecord(start, fields.ToArray()));
                fields.Clear();
                any = false;
                start = ++line;
            }
            else field.Append(c);
        }
        if (any) { fields.Add(field.ToString()); records.Add(new CsvRecord(start, fields.ToArray())); }
        return records;
    }
}
