namespace CsWarehouse.Benchmarks;

/// <summary>Writes the export a nightly incremental run would see: 1% of the tickets, re-exported with a new status.</summary>
public static class IncrementalExport
{
    public static long Write(string fullFolder, string incrementalFolder)
    {
        Directory.CreateDirectory(incrementalFolder);
        using var lines = File.ReadLines(Path.Combine(fullFolder, "tickets.csv")).GetEnumerator();
        lines.MoveNext();
        var header = lines.Current;
        var status = Array.IndexOf(header.Split(','), "status");
        using var output = new StreamWriter(Path.Combine(incrementalFolder, "tickets.csv"));
        output.Write(header + "\n");
        long written = 0, index = 0;
        while (lines.MoveNext())
        {
            // Every 100th ticket changes; rows with quoted fields are left out to keep the split honest.
            if (index++ % 100 != 0 || lines.Current.Contains('"')) continue;
            var fields = lines.Current.Split(',');
            fields[status] = fields[status] == "closed" ? "open" : "closed";
            output.Write(string.Join(',', fields) + "\n");
            written++;
        }
        return written;
    }
}
