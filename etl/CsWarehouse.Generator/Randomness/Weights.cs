namespace CsWarehouse.Generator.Randomness;

/// <summary>Helpers for weight tables and the logistic curve the behaviour model is written in.</summary>
internal static class Weights
{
    public static double[] Cumulative(IReadOnlyList<double> weights)
    {
        var sums = new double[weights.Count];
        double total = 0;
        for (int i = 0; i < weights.Count; i++) sums[i] = total += weights[i];
        return sums;
    }

    public static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));
}
