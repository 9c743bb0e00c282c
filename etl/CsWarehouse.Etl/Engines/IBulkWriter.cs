namespace CsWarehouse.Etl.Engines;

/// <summary>Streams rows into one table through the engine's bulk path, inside the run's transaction.</summary>
public interface IBulkWriter : IDisposable
{
    /// <summary>Adds one row; values come in the layout's column order, null for SQL null.</summary>
    void WriteRow(object?[] values);

    /// <summary>Sends what is buffered; the writer cannot be used afterwards.</summary>
    void Complete();
}
