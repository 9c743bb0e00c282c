namespace CsWarehouse.Etl.Checks;

/// <summary>
/// A key column and the dimension key it must name: <paramref name="Rows"/> (a table, or the select of the rows a run
/// wrote) has <paramref name="Column"/>, whose every non-null value is a <paramref name="DimensionKey"/> of
/// <paramref name="Dimension"/>.
/// </summary>
public sealed record KeyReference(string Rows, string Column, string Dimension, string DimensionKey);
