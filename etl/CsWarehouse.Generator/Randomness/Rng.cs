namespace CsWarehouse.Generator.Randomness;

/// <summary>A small seedable random source (xoshiro256**) whose sequence does not depend on the runtime.</summary>
internal sealed class Rng
{
    private ulong _s0, _s1, _s2, _s3;

    private Rng(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    // Every (seed, stream, index) gets its own sequence, so one more draw for one customer
    // never shifts the data of another customer or of another file.
    public static Rng For(int seed, RngStream stream, long index = 0)
    {
        ulong x = Mix((ulong)(uint)seed + 0x9E3779B97F4A7C15UL);
        x = Mix(x ^ ((ulong)stream * 0xD1B54A32D192ED03UL));
        x = Mix(x ^ (ulong)index);
        return new Rng(x);
    }

    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n).</summary>
    public int Next(int n) => (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);

    public bool Chance(double p) => NextDouble() < p;

    public double Normal()
    {
        double u1 = 1.0 - NextDouble();
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    public int Poisson(double lambda)
    {
        if (lambda <= 0) return 0;
        double limit = Math.Exp(-lambda), p = 1.0;
        int k = 0;
        do { k++; p *= NextDouble(); } while (p > limit && k < 1000);
        return k - 1;
    }

    /// <summary>Gamma(shape, 1) by Marsaglia and Tsang; used for customer propensities.</summary>
    public double Gamma(double shape)
    {
        if (shape < 1) return Gamma(shape + 1) * Math.Pow(NextDouble(), 1.0 / shape);
        double d = shape - 1.0 / 3.0, c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x = Normal(), v = 1.0 + c * x;
            if (v <= 0) continue;
            v = v * v * v;
            double u = NextDouble();
            if (Math.Log(u) < 0.5 * x * x + d - d * v + d * Math.Log(v)) return d * v;
        }
    }

    /// <summary>Index drawn in proportion to weights given as a running (cumulative) sum.</summary>
    public int Pick(double[] cumulative)
    {
        double u = NextDouble() * cumulative[^1];
        int i = Array.BinarySearch(cumulative, u);
        i = i < 0 ? ~i : i + 1;
        return Math.Min(i, cumulative.Length - 1);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong state) => Mix(state += 0x9E3779B97F4A7C15UL);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
