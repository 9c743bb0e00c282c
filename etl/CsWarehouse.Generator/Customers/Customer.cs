using CsWarehouse.Generator.Catalog;

namespace CsWarehouse.Generator.Customers;

/// <summary>One customer account and the traits that shape its behaviour over the period.</summary>
internal sealed class Customer
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Segment { get; init; }
    public required Country Country { get; init; }
    public required int SignupDay { get; init; }

    /// <summary>First day of the first paid period (a trial may come first).</summary>
    public required int FirstPaidDay { get; init; }
    public required string Currency { get; init; }
    public required int Seats { get; init; }

    /// <summary>How contact-prone the account is compared with its segment (mean 1).</summary>
    public required double Propensity { get; init; }

    /// <summary>The plan rank the account starts on (0 basic, 1 pro, 2 premium).</summary>
    public required int StartRank { get; init; }

    public Language Language => Country.Language;

    public double SegmentVolume => Segment switch
    {
        "Enterprise" => 2.4,
        "Mid-market" => 1.3,
        _ => 0.8,
    };

    /// <summary>Monthly cancellation odds before service quality is taken into account.</summary>
    public double BaseChurn => Segment switch
    {
        "Enterprise" => 0.006,
        "Mid-market" => 0.011,
        _ => 0.02,
    };
}
