using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CsWarehouse.Benchmarks;

/// <summary>
/// Where a load's time went: the steps cswh logs with their seconds ("conform: 0200_fact_ticket.sql (1.2 s)"), one
/// row per step and one column per run, so the full load, the re-load and the incremental load read side by side.
/// </summary>
public static partial class StepTimes
{
    /// <summary>The table for the runs named in <paramref name="runs"/>; "other" is the wall time no step accounts for
    /// (.NET start-up, opening the warehouse, reading the export's folder, the summary).</summary>
    public static string Table(string title, IReadOnlyList<(string Name, TimedRun Run)> runs)
    {
        var perRun = runs.Select(r => Steps(r.Run.Output)).ToList();
        var steps = perRun.SelectMany(s => s.Keys).Distinct().ToList();
        var text = new StringBuilder();
        text.AppendLine(title + ", seconds per step:");
        text.AppendLine(Label("step") + string.Concat(runs.Select(r => $"{r.Name,10}")));
        foreach (var step in steps)
            text.AppendLine(Label(step) + string.Concat(perRun.Select(s => Cell(s.GetValueOrDefault(step, double.NaN)))));
        text.AppendLine(Label("other (start-up, opening, summary)") + string.Concat(runs.Select((r, i) => Cell(r.Run.Seconds - perRun[i].Values.Sum()))));
        text.Append(Label("wall time") + string.Concat(runs.Select(r => Cell(r.Run.Seconds))));
        return text.ToString();
    }

    private static string Label(string step) => $"  {step,-52}";

    private static string Cell(double seconds) =>
        double.IsNaN(seconds) ? $"{"-",10}" : string.Create(CultureInfo.InvariantCulture, $"{seconds,10:0.0}");

    /// <summary>Each timed log line of one run, by step name, in the order logged.</summary>
    public static IReadOnlyDictionary<string, double> Steps(string output)
    {
        var steps = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Match line in TimedLine().Matches(output))
        {
            var name = StepName(line.Groups["message"].Value);
            steps[name] = steps.GetValueOrDefault(name) + double.Parse(line.Groups["seconds"].Value, CultureInfo.InvariantCulture);
        }
        return steps;
    }

    private static string StepName(string message) => message switch
    {
        _ when StagedFile().Match(message) is { Success: true } m => "stage " + m.Groups[1].Value,
        _ when message.StartsWith("migrate:", StringComparison.Ordinal) => "migrate (schema and views)",
        _ when message.StartsWith("commit:", StringComparison.Ordinal) => "commit",
        _ when message.StartsWith("check:", StringComparison.Ordinal) => "data tests",
        _ when message.StartsWith("conform: dates checked", StringComparison.Ordinal) => "conform: dates, fact indexes set aside",
        _ when IndexRebuild().IsMatch(message) => "conform: fact indexes built again",
        _ => message,
    };

    [GeneratedRegex(@"^\S+ info (?<message>.+) \((?<seconds>\d+(?:\.\d+)?) s\)\r?$", RegexOptions.Multiline)]
    private static partial Regex TimedLine();

    [GeneratedRegex(@"^(.+?)(?: \(.+ via profile .+\))?: \d+ read, ")]
    private static partial Regex StagedFile();

    [GeneratedRegex(@"^conform: \d+ fact indexes built again")]
    private static partial Regex IndexRebuild();
}
