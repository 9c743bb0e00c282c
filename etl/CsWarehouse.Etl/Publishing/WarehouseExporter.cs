using System.Data.Common;
using DuckDB.NET.Data;

namespace CsWarehouse.Etl.Publishing;

/// <summary>
/// <c>cswh export</c>: writes every kpi view and dw table to <c>&lt;schema&gt;.&lt;table&gt;.parquet</c> (or .csv)
/// in one folder, streaming each with a data reader, so the embedded DuckDB warehouse can feed Power BI or Excel.
/// </summary>
public sealed class WarehouseExporter(DbConnection connection)
{
    /// <summary>Start each CSV file with a UTF-8 byte-order mark (for Excel); Parquet files are unaffected.</summary>
    public bool CsvByteOrderMark { get; init; }

    /// <summary>Exports every table; <paramref name="written"/> hears of each file as soon as it is in place.</summary>
    public async Task<IReadOnlyList<ExportedFile>> ExportAsync(string folder, ExportFormat format,
        Action<ExportedFile>? written = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var files = new List<ExportedFile>();
        foreach (var table in ExportCatalog.List(connection))
        {
            var file = await ExportTableAsync(table, folder, format, cancellationToken);
            files.Add(file);
            written?.Invoke(file);
        }
        return files;
    }

    public async Task<ExportedFile> ExportTableAsync(ExportTable table, string folder, ExportFormat format, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(folder, table.FileName(format));
        var rows = await AtomicFile.WriteAsync(path, async stream =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"select {string.Join(", ", table.Columns.Select(c => Quoted(c.Name)))} from {Quoted(table.Schema)}.{Quoted(table.Name)}";
            command.CommandTimeout = 0;
            // DuckDB materializes a result unless asked to stream it; PostgreSQL and SQL Server stream anyway.
            if (command is DuckDBCommand duckDb) duckDb.UseStreamingMode = true;
            using var reader = command.ExecuteReader();
            return format == ExportFormat.Csv
                ? CsvTableWriter.Write(table, reader, stream, CsvByteOrderMark)
                : await ParquetTableWriter.WriteAsync(table, reader, stream, cancellationToken: cancellationToken);
        });
        return new ExportedFile(table, path, rows, new FileInfo(path).Length);
    }

    /// <summary>A double-quoted identifier, which DuckDB, PostgreSQL and SQL Server (QUOTED_IDENTIFIER on) all accept.</summary>
    private static string Quoted(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
