namespace CsWarehouse.Etl.Profiles;

/// <summary>The vendor columns a profile reads, for the current row: by slot, trimmed, null tokens already empty.</summary>
internal interface IVendorRow
{
    string? Text(int slot);
}

/// <summary>A duration in seconds, kept apart from plain numbers so it can be added to a timestamp and is written whole.</summary>
internal readonly record struct Seconds(decimal Value);
