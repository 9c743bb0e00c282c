using System.Diagnostics;
using CsWarehouse.Etl.Contracts;
using Dapper;
using DuckDB.NET.Data;
using Npgsql;

namespace CsWarehouse.Benchmarks;

/// <summary>The engines' own bulk ingest of the same CSV files into tables of the same columns: the ceiling to compare with.</summary>
public static class RawIngest
{
    /// <summary>DuckDB's read_csv into a table per file; returns seconds.</summary>
    public static double DuckDb(string folder, string databaseFile)
    {
        using var connection = new DuckDBConnection($"Data Source={databaseFile}");
        connection.Open();
        var watch = Stopwatch.StartNew();
        foreach (var (export, path) in Files(folder))
            connection.Execute($"create table raw_{export.Entity} as select * from read_csv('{path}', header = true)");
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>PostgreSQL's COPY (CSV, from the client) into a typed table per file; returns seconds.</summary>
    public static double Postgres(string folder, string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var watch = Stopwatch.StartNew();
        foreach (var (export, path) in Files(folder))
        {
            var header = File.ReadLines(path).First().Split(',');
            var columns = header.Select(name => $"{name} {PostgresType(export.Fields.First(f => f.Name == name).Type)}");
            connection.Execute($"create table raw_{export.Entity} ({string.Join(", ", columns)})");
            using var import = connection.BeginTextImport($"copy raw_{export.Entity} from stdin (format csv, header true)");
            using var file = File.OpenText(path);
            var buffer = new char[1 << 16];
            int read;
            while ((read = file.Read(buffer, 0, buffer.Length)) > 0) import.Write(buffer, 0, read);
        }
        return watch.Elapsed.TotalSeconds;
    }

    private static IEnumerable<(Export Export, string Path)> Files(string folder) =>
        CanonicalExports.All.Select(e => (e, Path.Combine(folder, e.FileName))).Where(f => File.Exists(f.Item2));

    private static string PostgresType(FieldType type) => type switch
    {
        FieldType.Instant => "timestamptz",
        FieldType.Date => "date",
        FieldType.Integer => "integer",
        FieldType.Decimal => "numeric",
        FieldType.Boolean => "boolean",
        _ => "text",
    };
}
