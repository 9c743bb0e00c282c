using CsWarehouse.Etl.PowerBi.Dax;

namespace CsWarehouse.Tests.PowerBi;

/// <summary>Measure texts changed on purpose, to show that powerbi verify notices: one measure replaced, or a DIVIDE's arguments swapped.</summary>
internal static class DaxMutation
{
    public static IReadOnlyList<DaxMeasure> Replace(IReadOnlyList<DaxMeasure> measures, string name, string expression)
    {
        Assert.Contains(measures, m => m.Name == name);
        return measures.Select(m => m.Name == name ? m with { Expression = expression } : m).ToList();
    }

    /// <summary>Every (measure, DIVIDE occurrence) of the model, each as the measure text with that DIVIDE's first two arguments swapped.</summary>
    public static IEnumerable<(string Measure, int Occurrence, string Swapped)> SwappedDivides(IEnumerable<DaxMeasure> measures)
    {
        foreach (var measure in measures)
        {
            var text = measure.Expression;
            var occurrence = 0;
            for (var at = text.IndexOf("DIVIDE(", StringComparison.Ordinal); at >= 0; at = text.IndexOf("DIVIDE(", at + 1, StringComparison.Ordinal))
                yield return (measure.Name, occurrence++, Swap(text, at + "DIVIDE(".Length));
        }
    }

    /// <summary>Swaps the first two top-level arguments of the call whose argument list starts at <paramref name="start"/>.</summary>
    private static string Swap(string text, int start)
    {
        var commas = new List<int>();
        var depth = 0;
        var end = start;
        for (; end < text.Length; end++)
        {
            var c = text[end];
            if (c == '(') depth++;
            else if (c == ')' && depth-- == 0) break;
            else if (c == ',' && depth == 0) commas.Add(end);
        }
        var first = text[start..commas[0]].Trim();
        var secondEnd = commas.Count > 1 ? commas[1] : end;
        var second = text[(commas[0] + 1)..secondEnd].Trim();
        return text[..start] + second + ", " + first + text[secondEnd..];
    }
}
