using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace CsWarehouse.Etl.Engines.DuckDb;

/// <summary>
/// Tells a warehouse file another process holds from one that is not a DuckDB database. DuckDB reports both as an
/// I/O error, so the error type alone cannot; the file's own header can: a DuckDB file carries the magic bytes
/// "DUCK" at offset 8, and an I/O error on a file that has them is the lock.
/// </summary>
internal static class DuckDbOpenFailure
{
    private static readonly byte[] Magic = "DUCK"u8.ToArray();

    public static Exception Classify(DuckDBException e, string file, string path)
    {
        if (e.ErrorType == DuckDBErrorType.Io && HasDuckDbHeader(path))
            // DuckDB's own text names the process that holds the file.
            return new WarehouseLockedException($"Another process has the warehouse file {file} open ({e.Message}).");
        if (e.ErrorType == DuckDBErrorType.Io && File.Exists(path))
            return new WarehouseUnreadableException($"{file} is not a readable DuckDB warehouse: {e.Message}", e);
        return e;
    }

    private static bool HasDuckDbHeader(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var header = new byte[12];
            return stream.Read(header, 0, header.Length) == header.Length && header.AsSpan(8, 4).SequenceEqual(Magic);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
