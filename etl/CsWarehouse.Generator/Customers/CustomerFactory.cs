using System.Globalization;
using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Randomness;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Customers;

/// <summary>Draws a customer: most signed up during the three years before the start, a quarter during the period.</summary>
internal static class CustomerFactory
{
    public static Customer Create(int index, ExportPeriod period, Rng rng)
    {
        var country = Countries.All[rng.Pick(Countries.Cumulative)];
        double s = rng.NextDouble();
        string segment = s < 0.7 ? "SMB" : s < 0.92 ? "Mid-market" : "Enterprise";
        int signup = rng.Chance(0.75)
            ? period.HistoryFirstDay + rng.Next(period.FirstDay - period.HistoryFirstDay)
            : period.FirstDay + rng.Next(period.EndDay - period.FirstDay);
        // One in ten starts with a trial and pays from one to four weeks later.
        int firstPaid = rng.Chance(0.1) ? signup + 7 + rng.Next(22) : signup;
        return new Customer
        {
            Index = index,
            Id = string.Create(CultureInfo.InvariantCulture, $"C{index + 1:D6}"),
            Name = segment == "SMB" && rng.Chance(0.7) ? Names.Person(country.Language, rng) : Names.Company(country.Language, rng),
            Segment = segment,
            Country = country,
            SignupDay = signup,
            FirstPaidDay = firstPaid,
            Currency = rng.Chance(country.LocalCurrencyShare) ? country.LocalCurrency : "USD",
            Seats = segment switch
            {
                "Enterprise" => 20 + rng.Next(120),
                "Mid-market" => 4 + rng.Next(20),
                _ => 1 + rng.Next(3),
            },
            Propensity = rng.Gamma(2.0) / 2.0,
            StartRank = segment == "Enterprise" ? 1 + rng.Next(2) : rng.Pick(segment == "SMB" ? SmbRanks : MidRanks),
        };
    }

    private static readonly double[] SmbRanks = Weights.Cumulative([0.6, 0.3, 0.1]);
    private static readonly double[] MidRanks = Weights.Cumulative([0.25, 0.5, 0.25]);

    public static void Write(Customer customer, Output.CsvTable table)
    {
        table.Row.Text(customer.Id).Text(customer.Name).Text(customer.Segment).Text(customer.Country.Code).Date(customer.SignupDay);
        table.Commit();
    }
}
