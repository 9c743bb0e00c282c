using CsWarehouse.Generator.Agents;
using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Customers;

namespace CsWarehouse.Generator.Support;

/// <summary>The state of one issue while it is simulated; becomes one tickets.csv row.</summary>
internal sealed class TicketRun
{
    public required Customer Customer { get; init; }
    public required Channel Channel { get; init; }
    public required Topic Topic { get; init; }
    public required string Priority { get; init; }
    public required Agent Owner { get; init; }

    /// <summary>Assigned when the issue first reaches an agent (a phone issue whose calls all drop never becomes a ticket).</summary>
    public long? Id { get; set; }
    public long CreatedUtc { get; set; }
    public Agent Assignee { get; set; } = null!;
    public long? FirstResponseUtc { get; set; }
    public long? ResolvedUtc { get; set; }
    public int Contacts { get; private set; }
    public int Reopens { get; private set; }
    public int AgentMessages { get; set; }
    public int CustomerMessages { get; set; }
    public bool LastFromAgent { get; set; }
    public long? LastCallId { get; set; }
    public Agent? LastCallAgent { get; set; }
    public bool Stuck { get; set; }

    /// <summary>Set by the flow before a contact that reopens a solved ticket.</summary>
    public bool NextContactReopens { get; set; }

    public bool Created => Id is not null;

    /// <summary>The customer has reached out (again); a reopen clears the earlier resolution.</summary>
    public void BeginContact()
    {
        Contacts++;
        if (!NextContactReopens) return;
        Reopens++;
        ResolvedUtc = null;
        NextContactReopens = false;
    }
}
