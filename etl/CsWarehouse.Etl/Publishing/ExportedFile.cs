namespace CsWarehouse.Etl.Publishing;

/// <summary>One file an export wrote: where, how many rows, how many bytes.</summary>
public sealed record ExportedFile(ExportTable Table, string Path, long Rows, long Bytes);
