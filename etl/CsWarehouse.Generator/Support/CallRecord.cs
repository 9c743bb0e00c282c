using CsWarehouse.Generator.Agents;
using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Customers;

namespace CsWarehouse.Generator.Support;

/// <summary>One calls.csv row before it is written.</summary>
internal readonly record struct CallRecord(
    long StartedUtc,
    long? AnsweredUtc,
    long EndedUtc,
    bool Outbound,
    Agent? Agent,
    Customer Customer,
    long? TicketId,
    Topic Topic,
    CallWork? Work,
    bool? Resolved);

/// <summary>Seconds an answered call took: talking, on hold, and wrapping up afterwards.</summary>
internal readonly record struct CallWork(int Talk, int Hold, int AfterCallWork)
{
    public int Connected => Talk + Hold;
}
