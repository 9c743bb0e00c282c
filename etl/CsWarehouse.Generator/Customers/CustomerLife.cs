using CsWarehouse.Generator.Output;
using CsWarehouse.Generator.Randomness;
using CsWarehouse.Generator.Subscriptions;
using CsWarehouse.Generator.Support;
using CsWarehouse.Generator.Surveys;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Customers;

/// <summary>Lives one customer through the period month by month, writing every row it causes as it goes.</summary>
internal sealed class CustomerLife
{
    /// <summary>New issues per customer-month for an average active account (before segment, propensity and season).</summary>
    public const double IssuesPerMonth = 1.25;
    public const double QuickCallsPerMonth = 0.3;
    public const double OutboundCallsPerMonth = 0.06;

    private readonly SupportTables _tables;
    private readonly CsvTable _customers;
    private readonly CsvTable _subscriptions;
    private readonly int _seed;
    private readonly SurveyWriter _surveys;
    private readonly IssueDesk _desk;
    private readonly QuickCalls _quickCalls;
    private readonly List<Arrival> _arrivals = [];

    public CustomerLife(SupportTables tables, CsvTable customers, CsvTable subscriptions, int seed)
    {
        _tables = tables;
        _customers = customers;
        _subscriptions = subscriptions;
        _seed = seed;
        var callCenter = new CallCenter(tables);
        _surveys = new SurveyWriter(tables);
        _desk = new IssueDesk(tables, callCenter, _surveys);
        _quickCalls = new QuickCalls(tables, callCenter, _surveys);
    }

    public void Live(int index)
    {
        var rng = Rng.For(_seed, RngStream.Customer, index);
        var customer = CustomerFactory.Create(index, _tables.Period, rng);
        CustomerFactory.Write(customer, _customers);
        var subscription = new SubscriptionLife(customer, _subscriptions, _tables.Period, rng);
        // A decaying memory of poor service: it raises the odds of cancelling and downgrading.
        double badService = 0;
        foreach (var month in _tables.Period.Months)
        {
            var happened = subscription.Month(month, badService, rng);
            // Paying customers contact support most; trials some; those who left only now and then.
            double activity = subscription.Active ? 1.0 : subscription.EverPaid ? 0.12 : 0.5;
            double volume = customer.Propensity * customer.SegmentVolume * month.Season * activity;
            DrawArrivals(customer, month, volume, happened == SubscriptionEvent.Cancelled && rng.Chance(0.5), rng);
            foreach (var arrival in _arrivals) badService += _desk.Handle(customer, arrival, rng);
            for (int i = rng.Poisson(QuickCallsPerMonth * volume); i > 0; i--) _quickCalls.Inbound(customer, month, rng);
            for (int i = rng.Poisson(OutboundCallsPerMonth * customer.SegmentVolume * activity); i > 0; i--)
                _quickCalls.Outbound(customer, month, rng);
            if (subscription.Active && _surveys.Nps(customer, month, badService, subscription.OnPremium, rng) is <= 6)
                badService += 0.4;
            badService *= 0.6;
        }
        subscription.Finish();
    }

    private void DrawArrivals(Customer customer, MonthSlot month, double volume, bool cancellationTicket, Rng rng)
    {
        _arrivals.Clear();
        for (int i = rng.Poisson(IssuesPerMonth * volume); i > 0; i--)
            if (Arrival.Draw(customer, month, _tables.Period, null, rng) is { } arrival) _arrivals.Add(arrival);
        // Many who cancel tell support first.
        if (cancellationTicket && Arrival.Draw(customer, month, _tables.Period, Arrival.CancellationTopic, rng) is { } last)
            _arrivals.Add(last);
        _arrivals.Sort((a, b) => a.Utc.CompareTo(b.Utc));
    }
}
