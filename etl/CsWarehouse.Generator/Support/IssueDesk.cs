using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Customers;
using CsWarehouse.Generator.Randomness;
using CsWarehouse.Generator.Surveys;

namespace CsWarehouse.Generator.Support;

/// <summary>Turns an arrival into a ticket: routes it to an agent on shift, plays it out, writes it and its survey.</summary>
internal sealed class IssueDesk
{
    private readonly SupportTables _tables;
    private readonly IssueFlow _flow;
    private readonly IContactMedium _conversation;
    private readonly IContactMedium _phone;
    private readonly SurveyWriter _surveys;

    public IssueDesk(SupportTables tables, CallCenter callCenter, SurveyWriter surveys)
    {
        _tables = tables;
        _flow = new IssueFlow(tables);
        _conversation = new ConversationMedium(tables);
        _phone = new PhoneMedium(tables, callCenter);
        _surveys = surveys;
    }

    // Hard technical topics go straight to Tier 2 when triage recognises them; the rest start in Tier 1.
    private static Team Route(Topic topic, Rng rng) => topic.Escalates && rng.Chance(0.4) ? Team.Tier2 : topic.Team;

    /// <summary>Plays the issue; returns how much it adds to the customer's memory of poor service.</summary>
    public double Handle(Customer customer, Arrival arrival, Rng rng)
    {
        var channel = Channels.All[arrival.Channel];
        var topic = Topics.All[arrival.Topic];
        var ticket = new TicketRun
        {
            Customer = customer,
            Channel = channel,
            Topic = topic,
            Priority = Arrival.Priority(customer, topic, rng),
            Owner = _tables.Schedule.Pick(_tables.LocalDay(arrival.Utc), Route(topic, rng), rng),
        };
        _flow.Run(ticket, channel.IsPhone ? _phone : _conversation, arrival.Utc, rng);
        if (!ticket.Created) return 0.3; // the customer never got through
        TicketWriter.Write(ticket, _tables);
        double quality = ServiceQuality.Of(ticket, _tables.Export);
        _surveys.AfterTicket(ticket, quality, rng);
        bool waitedLong = ticket.ResolvedUtc is null && _tables.Export - ticket.CreatedUtc > 7 * 86_400;
        return ServiceQuality.Grievance(quality, ticket.Stuck || waitedLong);
    }
}
