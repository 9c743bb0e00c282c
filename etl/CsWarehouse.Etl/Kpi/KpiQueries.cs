namespace CsWarehouse.Etl.Kpi;

/// <summary>
/// The SQL the calculator sends, in the portable subset (one text for DuckDB, PostgreSQL and SQL Server): a view's
/// components summed per slice over a range of months, with explicit casts so every engine returns decimals.
/// </summary>
internal static class KpiQueries
{
    public static string ViewExists(string view) =>
        "select count(*) from information_schema.tables " +
        $"where table_schema = 'kpi' and table_name = '{view}'";

    /// <summary>1 when the view has any row at all (portable: no LIMIT / TOP).</summary>
    public static string HasRows(KpiSource source) =>
        $"select case when exists (select 1 from kpi.{source.View}) then 1 else 0 end";

    public static string MonthRange(KpiSource source) => source.Daily
        ? $"select min(d.month_key) as first_month, max(d.month_key) as last_month from kpi.{source.View} v " +
          "join kpi.calendar d on d.date_key = v.date_key"
        : $"select min(v.month_key) as first_month, max(v.month_key) as last_month from kpi.{source.View} v";

    public static string Components(KpiSource source, KpiSlice slice, int fromMonth, int toMonth)
    {
        var key = KeyOf(source, slice);
        var month = source.Daily ? "d.month_key" : "v.month_key";
        var columns = source.Sums.Select(c => $"cast(sum({Edge(source, slice, c, month, fromMonth, toMonth)}) as decimal(38, 6)) as {c}")
            .Concat((source.Maxima ?? []).Select(c => $"cast(max(v.{c}) as decimal(38, 6)) as {c}"))
            .Concat((source.Parts ?? []).Select(p =>
                $"cast(sum({(p.OnlyWhere is null ? "" : $"case when v.{p.OnlyWhere} is not null then ")}{(p.Column is null ? "1" : $"v.{p.Column}")}" +
                $"{(p.OnlyWhere is null ? "" : " end")}) as decimal(38, 6)) as {p.Name}"));
        var from = source.Daily ? $"kpi.{source.View} v join kpi.calendar d on d.date_key = v.date_key" : $"kpi.{source.View} v";
        // The whole range is one row: no grouping, so a range without rows still gives its (empty) row.
        var groupBy = slice == KpiSlice.Total ? "" : $" group by {key}";
        return $"select {key} as slice_key, {string.Join(", ", columns)} from {from} {JoinOf(slice)} " +
               $"where {month} >= {fromMonth} and {month} <= {toMonth}{groupBy}";
    }

    /// <summary>A stock over the whole range is its value at the last month (or, for a start value, the first), never a sum.</summary>
    private static string Edge(KpiSource source, KpiSlice slice, string column, string month, int fromMonth, int toMonth) =>
        slice != KpiSlice.Total ? $"v.{column}"
        : (source.Lasts ?? []).Contains(column) ? $"case when {month} = {toMonth} then v.{column} end"
        : (source.Firsts ?? []).Contains(column) ? $"case when {month} = {fromMonth} then v.{column} end"
        : $"v.{column}";

    public const string AgentNames = "select agent_id, agent_name from kpi.agent where is_current = 1";

    private static string KeyOf(KpiSource source, KpiSlice slice) => slice switch
    {
        KpiSlice.Month => source.Daily ? "d.month_key" : "v.month_key",
        KpiSlice.Day => "d.date_key",
        KpiSlice.Agent => "a.agent_id",
        KpiSlice.Channel => "c.channel_code",
        KpiSlice.Topic => "t.topic_name",
        KpiSlice.Total => "'all'",
        _ => throw new ArgumentOutOfRangeException(nameof(slice)),
    };

    private static string JoinOf(KpiSlice slice) => slice switch
    {
        KpiSlice.Agent => "left join kpi.agent a on a.agent_key = v.agent_key",
        KpiSlice.Channel => "left join kpi.channel c on c.channel_key = v.channel_key",
        KpiSlice.Topic => "left join kpi.topic t on t.topic_key = v.topic_key",
        _ => "",
    };
}
