using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Customers;
using CsWarehouse.Generator.Randomness;
using CsWarehouse.Generator.Surveys;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Support;

/// <summary>Calls that never become tickets: quick inbound questions, and outbound calls agents place.</summary>
internal sealed class QuickCalls(SupportTables tables, CallCenter callCenter, SurveyWriter surveys)
{
    private static readonly double[] QuickTopics = Weights.Cumulative(Topics.All.Select(t => t.Weight / (1 + 2 * t.Difficulty)).ToArray());

    /// <summary>A quick question on the phone, settled on the call (or not) without a ticket.</summary>
    public void Inbound(Customer customer, MonthSlot month, Rng rng)
    {
        var topic = Topics.All[rng.Pick(QuickTopics)];
        if (Start(customer, month, rng) is not { } start) return;
        long time = start;
        if (!callCenter.Reach(customer, topic, 3, ref time, out long answered, rng)) return;
        int day = tables.LocalDay(time);
        var agent = tables.Schedule.Pick(day, topic.Team, rng);
        var work = CallCenter.Work(agent, topic, 0.6, rng);
        long ended = answered + work.Connected;
        if (ended >= tables.Export) return;
        bool resolved = rng.Chance(Weights.Logistic(1.6 + 0.8 * agent.Resolution - topic.Difficulty));
        long id = callCenter.Write(new CallRecord(time, answered, ended, false, agent, customer, null, topic, work, resolved));
        double quality = 1.4 + 0.45 * agent.Rapport - (resolved ? 0 : 1.2) - 0.2 * Math.Log(1 + (answered - time) / 60.0);
        surveys.AfterCall(id, ended, agent, customer, quality, rng);
    }

    /// <summary>An agent calls the customer (follow-up, renewal, survey); a third ring out unanswered.</summary>
    public void Outbound(Customer customer, MonthSlot month, Rng rng)
    {
        if (Start(customer, month, rng) is not { } start) return;
        long time = tables.NextOpen(start);
        if (time >= tables.Export) return;
        var agent = tables.Schedule.Pick(tables.LocalDay(time), rng.Chance(0.5) ? Team.Tier1 : Team.Billing, rng);
        var topic = Topics.All[rng.Pick(QuickTopics)];
        long ring = 5 + rng.Next(25);
        if (rng.Chance(0.35))
        {
            callCenter.Write(new CallRecord(time, null, time + ring, true, agent, customer, null, topic, null, null));
            return;
        }
        var work = new CallWork(15 + (int)rng.LogNormal(110 * agent.HandleFactor, 0.6), 0, 5 + (int)rng.LogNormal(30, 0.4));
        long ended = time + ring + work.Talk;
        if (ended >= tables.Export) return;
        callCenter.Write(new CallRecord(time, time + ring, ended, true, agent, customer, null, topic, work, null));
    }

    private long? Start(Customer customer, MonthSlot month, Rng rng)
    {
        int day = month.FirstDay + rng.Pick(month.DayCumulative);
        if (day < customer.SignupDay) return null;
        return tables.Period.ToUtc(day, rng.Pick(Channels.Phone.HourCumulative) * 3600 + rng.Next(3600));
    }
}
