using CsWarehouse.Generator.Agents;
using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Customers;
using CsWarehouse.Generator.Randomness;
using CsWarehouse.Generator.Support;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Surveys;

/// <summary>Writes surveys.csv: responses after solved tickets and answered calls, and quarterly NPS.</summary>
internal sealed class SurveyWriter(SupportTables tables)
{
    private const double CommentShare = 0.25;

    public void AfterTicket(TicketRun ticket, double quality, Rng rng)
    {
        if (ticket.ResolvedUtc is not { } resolved) return;
        // Customers who had to chase answer a little more often.
        if (!rng.Chance(ticket.Channel.SurveyRate + (ticket.Contacts >= 3 ? 0.05 : 0))) return;
        long at = resolved + 60 + (long)rng.LogNormal(2 * 3600, 1.2);
        if (at >= tables.Export) return;
        Write(SurveyType.After(ticket.Channel, rng), quality, at, ticket.Customer, ticket.Id, ticket.LastCallId,
            ticket.Assignee, ticket.Channel.Code, rng);
    }

    /// <summary>The IVR survey after a call that had no ticket.</summary>
    public void AfterCall(long callId, long endedUtc, Agent agent, Customer customer, double quality, Rng rng)
    {
        if (!rng.Chance(0.15)) return;
        long at = endedUtc + 20 + rng.Next(120);
        if (at >= tables.Export) return;
        Write(SurveyType.Csat, quality, at, customer, null, callId, agent, "phone", rng);
    }

    /// <summary>The quarterly relationship survey; returns the score so a detractor's mood can weigh on churn.</summary>
    public int? Nps(Customer customer, MonthSlot month, double badService, bool premium, Rng rng)
    {
        if (month.Index % 3 != 0 || !rng.Chance(0.3)) return null;
        int day = month.FirstDay + rng.Next(month.Days);
        if (day < customer.SignupDay) return null;
        long at = tables.Period.ToUtc(day, 8 * 3600 + rng.Next(13 * 3600));
        if (at >= tables.Export) return null;
        double quality = 1.8 - 0.9 * badService + (premium ? 0.3 : 0);
        return Write(SurveyType.Nps, quality, at, customer, null, null, null, "email", rng);
    }

    private int Write(SurveyType type, double quality, long at, Customer customer, long? ticketId, long? callId,
        Agent? agent, string channel, Rng rng)
    {
        int score = type.Score(quality, rng);
        var row = tables.Surveys.Row;
        row.Id(SupportTables.ResponsePrefix, tables.NextResponse(), SupportTables.IdDigits)
            .Instant(at).Text(type.Code).Int(score).Int(type.ScaleMax).Text(customer.Id);
        if (ticketId is { } t) row.Id(SupportTables.TicketPrefix, t, SupportTables.IdDigits);
        else row.Empty();
        if (callId is { } c) row.Id(SupportTables.CallPrefix, c, SupportTables.IdDigits);
        else row.Empty();
        row.Text(agent?.Id).Text(channel);
        if (rng.Chance(CommentShare))
        {
            var language = rng.Chance(0.85) ? customer.Language : Language.English;
            row.Text(Comments.Pick(language, (score - type.Min) / (double)(type.Max - type.Min), rng));
        }
        else row.Empty();
        tables.Surveys.Commit();
        return score;
    }
}
