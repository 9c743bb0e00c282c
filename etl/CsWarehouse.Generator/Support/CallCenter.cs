using CsWarehouse.Generator.Agents;
using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Customers;
using CsWarehouse.Generator.Randomness;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Support;

/// <summary>The phone queue: waits that follow the hour's load, callers who hang up, retries, and talk time by agent skill.</summary>
internal sealed class CallCenter(SupportTables tables)
{
    /// <summary>Mean seconds a caller is willing to wait before hanging up.</summary>
    public const double MeanPatienceSeconds = 380;

    /// <summary>
    /// Rings until answered or the caller gives up; dropped attempts are written as abandoned calls.
    /// On success <paramref name="time"/> is when the answered attempt started.
    /// </summary>
    public bool Reach(Customer customer, Topic topic, int attempts, ref long time, out long answered, Rng rng)
    {
        answered = 0;
        for (int attempt = 0; attempt < attempts; attempt++)
        {
            time = tables.NextOpen(time);
            if (time >= tables.Export) return false;
            double meanWait = DemandPattern.MeanWaitSeconds(tables.Period.Local(time), tables.SeasonAt(time));
            long wait = (long)rng.Exponential(meanWait);
            long patience = 5 + (long)rng.Exponential(MeanPatienceSeconds);
            if (wait <= patience)
            {
                answered = time + wait;
                return answered < tables.Export;
            }
            if (time + patience >= tables.Export) return false;
            Write(new CallRecord(time, null, time + patience, false, null, customer, null, topic, null, null));
            if (!rng.Chance(0.65)) return false;
            time += patience + 60 + rng.Next(30 * 60);
        }
        return false;
    }

    /// <summary>Talk, hold and wrap-up seconds: longer for hard topics, shorter for skilled agents.</summary>
    public static CallWork Work(Agent agent, Topic topic, double scale, Rng rng)
    {
        double factor = agent.HandleFactor * scale;
        int talk = 20 + (int)rng.LogNormal(230 * (1 + 0.5 * topic.Difficulty) * factor, 0.5);
        int hold = rng.Chance(0.25 + 0.2 * topic.Difficulty) ? 5 + (int)rng.LogNormal(55 * factor, 0.6) : 0;
        int wrapUp = 5 + (int)rng.LogNormal(45 * factor, 0.4);
        return new CallWork(talk, hold, wrapUp);
    }

    public long Write(CallRecord call)
    {
        long id = tables.NextCall();
        var row = tables.Calls.Row;
        row.Id(SupportTables.CallPrefix, id, SupportTables.IdDigits)
            .Instant(call.StartedUtc).Instant(call.AnsweredUtc).Instant(call.EndedUtc)
            // A few inbound rows leave direction empty: the contract defaults it to inbound.
            .Text(call.Outbound ? "outbound" : id % 29 == 0 ? null : "inbound")
            .Text(call.Agent?.Id).Text(call.Customer.Id);
        if (call.TicketId is { } ticket) row.Id(SupportTables.TicketPrefix, ticket, SupportTables.IdDigits);
        else row.Empty();
        row.Text(call.Topic.Label).Int(call.Work?.Talk).Int(call.Work?.Hold).Int(call.Work?.AfterCallWork);
        if (call.Resolved is { } resolved) row.Bool(resolved);
        else row.Empty();
        tables.Calls.Commit();
        return id;
    }
}
