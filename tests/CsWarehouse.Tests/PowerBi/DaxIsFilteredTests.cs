using CsWarehouse.Etl.PowerBi.Dax;

namespace CsWarehouse.Tests.PowerBi;

/// <summary>ISFILTERED in the offline evaluator: true only for a direct filter, as Power BI has it (a cross-filter is ISCROSSFILTERED).</summary>
public sealed class DaxIsFilteredTests
{
    private static readonly DaxModel Model = new(
        [
            new DaxTable("Topic", ["topic_key", "topic_name"], [[1m, "Billing"], [2m, "API"]]),
            new DaxTable("Calls", ["topic_key", "calls"], [[1m, 3m], [2m, 5m], [2m, 7m]]),
        ],
        [new DaxRelationship("Calls", "topic_key", "Topic", "topic_key")],
        [
            new DaxMeasure("topic_filtered", "Calls", "ISFILTERED('Topic')"),
            new DaxMeasure("name_filtered", "Calls", "ISFILTERED('Topic'[topic_name])"),
            new DaxMeasure("key_filtered", "Calls", "ISFILTERED('Topic'[topic_key])"),
            new DaxMeasure("topic_filtered_after_removefilters", "Calls", "CALCULATE(ISFILTERED('Topic'), REMOVEFILTERS('Topic'))"),
            new DaxMeasure("calls", "Calls", "IF(ISFILTERED('Topic'), SUM('Calls'[calls]) * 10, SUM('Calls'[calls]))"),
        ]);

    private static object? Evaluate(string measure, params DaxFilter[] filters) => new DaxEvaluator(Model).Measure(measure, [], filters);

    private static DaxFilter Name(string name) => DaxFilter.OnColumn(Model.Table("Topic"), "topic_name", v => Equals(v, name));

    [Fact]
    public void A_filter_on_a_topic_column_makes_the_table_and_that_column_filtered_but_not_its_other_columns()
    {
        Assert.Equal(true, Evaluate("topic_filtered", Name("API")));
        Assert.Equal(true, Evaluate("name_filtered", Name("API")));
        Assert.Equal(false, Evaluate("key_filtered", Name("API")));
        Assert.Equal(120m, Evaluate("calls", Name("API")));
    }

    [Fact]
    public void No_filter_a_removed_filter_and_a_filter_reaching_the_table_only_through_a_relationship_are_not_filtered()
    {
        Assert.Equal(false, Evaluate("topic_filtered"));
        Assert.Equal(15m, Evaluate("calls"));
        Assert.Equal(false, Evaluate("topic_filtered_after_removefilters", Name("API")));
        Assert.Equal(false, Evaluate("topic_filtered", DaxFilter.OnColumn(Model.Table("Calls"), "calls", v => Equals(v, 5m))));
    }

    [Fact]
    public void ISFILTERED_of_a_column_the_table_lacks_is_an_error()
    {
        var model = Model.With([new DaxMeasure("wrong", "Calls", "ISFILTERED('Topic'[colour])")]);
        Assert.Throws<DaxException>(() => new DaxEvaluator(model).Measure("wrong", [], []));
    }
}
