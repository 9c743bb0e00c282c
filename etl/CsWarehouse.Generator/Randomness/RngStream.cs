namespace CsWarehouse.Generator.Randomness;

/// <summary>Names the independent random sequences the generator draws from, one per concern.</summary>
internal enum RngStream
{
    Period = 1,
    Roster = 2,
    Schedule = 3,
    Customer = 4,
    Fx = 5,
    Costs = 6,
}
