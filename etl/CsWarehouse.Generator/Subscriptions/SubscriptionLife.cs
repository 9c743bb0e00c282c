using System.Globalization;
using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Customers;
using CsWarehouse.Generator.Output;
using CsWarehouse.Generator.Randomness;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Subscriptions;

/// <summary>One customer's subscription history as periods of constant MRR; a period row is written when it closes.</summary>
internal sealed class SubscriptionLife
{
    private readonly Customer _customer;
    private readonly CsvTable _table;
    private readonly decimal _discount;
    private int _subscriptions;
    private Plan _plan = Plans.Current[0];
    private int _seats;
    private int _periodStart;

    public SubscriptionLife(Customer customer, CsvTable table, ExportPeriod period, Rng rng)
    {
        _customer = customer;
        _table = table;
        _seats = customer.Seats;
        _discount = rng.Chance(0.15) ? (rng.Chance(0.5) ? 0.9m : 0.8m) : 1m;
        if (customer.FirstPaidDay < period.FirstDay) History(period, rng);
    }

    public bool Active { get; private set; }

    public bool EverPaid => _subscriptions > 0;

    /// <summary>The day the customer cancelled, while inactive.</summary>
    public int InactiveSince { get; private set; }

    public bool OnPremium => Active && _plan.IsPremium;

    // Before the period: the first period, perhaps an upgrade, perhaps an early cancellation.
    private void History(ExportPeriod period, Rng rng)
    {
        int first = _customer.FirstPaidDay;
        bool legacy = first < period.FirstDay - 365 && rng.Chance(0.3);
        Open(legacy ? Plans.Legacy : Plans.Current[_customer.StartRank], first, newSubscription: true);
        int room = period.FirstDay - first - 1;
        if (room > 30 && rng.Chance(0.25))
        {
            int day = first + 1 + rng.Next(room);
            if (_plan.Rank < 2) Change(Plans.Current[_plan.Rank + 1], _seats, day);
            else Change(_plan, _seats + 1, day);
        }
        room = period.FirstDay - _periodStart - 1;
        if (room > 1 && rng.Chance(0.07)) Cancel(_periodStart + 1 + rng.Next(room));
    }

    /// <summary>This month's subscription event, if any: a start, a cancellation (more likely after poor service), a plan or seat change, or a comeback.</summary>
    public SubscriptionEvent Month(MonthSlot month, double badService, Rng rng)
    {
        if (!EverPaid)
        {
            if (_customer.FirstPaidDay >= month.EndDay || _customer.FirstPaidDay < month.FirstDay) return SubscriptionEvent.None;
            Open(Plans.Current[_customer.StartRank], _customer.FirstPaidDay, newSubscription: true);
            return SubscriptionEvent.Started;
        }
        int from = Math.Max(month.FirstDay, (Active ? _periodStart : InactiveSince) + 1);
        if (from > month.LastDay) return SubscriptionEvent.None;
        int day = from + rng.Next(month.LastDay - from + 1);
        if (!Active)
        {
            bool comeback = day - InactiveSince > 45 && rng.Chance(0.05 * Math.Exp(-0.5 * badService));
            if (!comeback) return SubscriptionEvent.None;
            Open(Plans.Current[Math.Max(0, _customer.StartRank - 1)], day, newSubscription: true);
            return SubscriptionEvent.Reactivated;
        }
        switch (SubscriptionOdds.Draw(_customer, badService, rng))
        {
            case SubscriptionEvent.Cancelled:
                Cancel(day);
                return SubscriptionEvent.Cancelled;
            case SubscriptionEvent.Downgraded when _plan.Rank > 0:
                Change(Plans.Current[_plan.Rank - 1], _seats, day);
                return SubscriptionEvent.Downgraded;
            case SubscriptionEvent.Downgraded when _seats > 1:
                Change(_plan, Math.Max(1, _seats * 3 / 4), day);
                return SubscriptionEvent.Downgraded;
            case SubscriptionEvent.Upgraded when _plan.Rank < 2:
                Change(Plans.Current[_plan.Rank + 1], _seats, day);
                return SubscriptionEvent.Upgraded;
            case SubscriptionEvent.Upgraded or SubscriptionEvent.Expanded:
                Change(_plan, _seats + 1 + rng.Next(Math.Max(1, _seats / 4)), day);
                return SubscriptionEvent.Expanded;
            default:
                return SubscriptionEvent.None;
        }
    }

    /// <summary>Writes the period still open at the export, with no end.</summary>
    public void Finish()
    {
        if (Active) WritePeriod(null);
    }

    private void Open(Plan plan, int day, bool newSubscription)
    {
        if (newSubscription) _subscriptions++;
        _plan = plan;
        _periodStart = day;
        Active = true;
    }

    private void Change(Plan plan, int seats, int day)
    {
        WritePeriod(day);
        _seats = seats;
        Open(plan, day, newSubscription: false);
    }

    private void Cancel(int day)
    {
        WritePeriod(day);
        Active = false;
        InactiveSince = day;
    }

    private void WritePeriod(int? endDay)
    {
        decimal mrr = Math.Round(_plan.PriceIn(_customer.Currency) * _seats * _discount, 2, MidpointRounding.AwayFromZero);
        // A third of USD payers leave currency empty: the contract defaults it to the reporting currency.
        string? currency = _customer.Currency == "USD" && _customer.Index % 3 == 0 ? null : _customer.Currency;
        _table.Row.Text(string.Create(CultureInfo.InvariantCulture, $"{_customer.Id}-S{_subscriptions}")).Text(_customer.Id).Text(_plan.Id)
            .Fixed((long)(mrr * 100), 2).Text(currency).Date(_periodStart).Date(endDay);
        _table.Commit();
    }
}
