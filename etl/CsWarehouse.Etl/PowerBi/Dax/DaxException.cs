namespace CsWarehouse.Etl.PowerBi.Dax;

/// <summary>
/// A DAX expression the evaluator cannot parse or evaluate: a syntax error, an unknown function, table or column,
/// or a construct it does not implement. Never skipped: a measure the evaluator cannot run is a failed check.
/// </summary>
public sealed class DaxException(string message) : Exception(message);
