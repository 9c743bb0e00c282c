using CsWarehouse.Etl.Engines;

namespace CsWarehouse.Etl.Nightly;

/// <summary>
/// A check the nightly run makes after the load and before anything is published (the hook for the warehouse's data
/// tests): a non-null answer fails the run with <see cref="FailureKind.CheckFailed"/> and nothing is exported or refreshed.
/// </summary>
public interface INightlyCheck
{
    string Name { get; }

    /// <summary>Null when the warehouse passes; otherwise what is wrong, in one readable message.</summary>
    string? Run(IWarehouseEngine engine);
}
