namespace CsWarehouse.Generator.Output;

/// <summary>How a file writes its timestamps; the mix exercises every form the contract accepts.</summary>
internal enum TimeStyle
{
    /// <summary>Wall clock with its offset, e.g. 2026-03-01T09:15:00+07:00.</summary>
    Offset,

    /// <summary>UTC with a Z suffix, e.g. 2026-03-01T02:15:00Z.</summary>
    Utc,

    /// <summary>Naive wall clock in the source time zone, e.g. 2026-03-01T09:15:00.</summary>
    Local,
}
