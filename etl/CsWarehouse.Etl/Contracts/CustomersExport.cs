namespace CsWarehouse.Etl.Contracts;

/// <summary>customers.csv: one row per customer.</summary>
public sealed class CustomersExport : Export
{
    private static readonly Field CustomerId = Field.Key("customer_id", required: true);

    public CustomersExport() : base("customers", "customer",
    [
        CustomerId,
        Field.Text("customer_name"),
        Field.Text("segment"),
        Field.Key("country"),
        Field.Date("signed_up_on"),
    ], [CustomerId]) { }
}
