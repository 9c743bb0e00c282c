namespace CsWarehouse.Tests.Generate;

/// <summary>A broken contract rule: the column it is reported on and the rule's name.</summary>
public sealed record Violation(string Column, string Rule);

/// <summary>Checks one record against every row-level rule of docs/contract.md (and docs/kpi.md's negative durations).</summary>
public sealed class ContractRules(ISet<string> fxMonthCurrencies)
{
    private static readonly string[] NonNegative = ["reopens", "agent_replies", "messages", "talk_seconds", "hold_seconds", "after_call_work_seconds"];
    private static readonly Dictionary<string, (int Min, int Max)> Scales = new()
    {
        ["nps"] = (0, 10), ["csat"] = (1, 5), ["ces"] = (1, 7), ["rating"] = (1, 5),
    };

    public List<Violation> Check(string file, string[] header, string[] fields)
    {
        var value = header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => fields[p.i]);
        var columns = ContractColumns.Files[file];
        var found = new List<Violation>();
        var parsed = new HashSet<string>();
        foreach (var (name, column) in columns)
        {
            string v = value[name];
            if (v.Length == 0) { if (column.Required) found.Add(new(name, "missing_required")); continue; }
            if (!ContractValues.Parses(column.Kind, v)) found.Add(new(name, "unparseable_" + column.Kind.ToString().ToLowerInvariant()));
            else parsed.Add(name);
        }
        long? Int(string c) => parsed.Contains(c) ? ContractValues.Integer(value[c]) : null;
        decimal? Dec(string c) => parsed.Contains(c) ? ContractValues.Decimal(value[c]) : null;
        DateTimeOffset? At(string c) => parsed.Contains(c) ? ContractValues.Instant(value[c]) : null;

        if (Int("contacts") < 1) found.Add(new("contacts", "contacts_below_one"));
        foreach (var c in NonNegative) if (Int(c) < 0) found.Add(new(c, "negative_integer"));
        if (Int("logged_in_seconds") <= 0) found.Add(new("logged_in_seconds", "not_positive"));
        foreach (var c in new[] { "mrr", "amount" }) if (Dec(c) < 0) found.Add(new(c, "negative_amount"));
        foreach (var c in new[] { "first_response_at", "resolved_at" })
            if (At(c) < At("created_at")) found.Add(new(c, "before_created_at"));
        if (At("answered_at") < At("started_at")) found.Add(new("answered_at", "negative_duration"));
        if (value.TryGetValue("author", out var author) && author.Length > 0 && author is not ("customer" or "agent"))
            found.Add(new("author", "unknown_author"));
        if (file == "surveys.csv") CheckScore(value, parsed, found);
        CheckCurrency(file, value, parsed, found);
        return found;
    }

    private static void CheckScore(Dictionary<string, string> value, HashSet<string> parsed, List<Violation> found)
    {
        string type = value["survey_type"];
        if (type.Length == 0) return;
        if (!Scales.TryGetValue(type, out var scale)) { found.Add(new("survey_type", "unknown_survey_type")); return; }
        if (!parsed.Contains("score") || (value["scale_max"].Length > 0 && !parsed.Contains("scale_max"))) return;
        int max = value["scale_max"].Length > 0 ? (int)ContractValues.Integer(value["scale_max"])! : scale.Max;
        decimal score = ContractValues.Decimal(value["score"])!.Value;
        if (score < scale.Min || score > max) found.Add(new("score", "score_outside_scale"));
    }

    private void CheckCurrency(string file, Dictionary<string, string> value, HashSet<string> parsed, List<Violation> found)
    {
        string monthColumn = file == "subscriptions.csv" ? "started_on" : file == "support_costs.csv" ? "month" : "";
        if (monthColumn.Length == 0 || !parsed.Contains(monthColumn)) return;
        string currency = value["currency"];
        if (currency.Length == 0 || currency == "USD") return;
        if (!fxMonthCurrencies.Contains(value[monthColumn][..7] + "|" + currency)) found.Add(new("currency", "currency_without_rate"));
    }
}
