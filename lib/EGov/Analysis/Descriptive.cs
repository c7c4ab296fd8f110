namespace EGov.Analysis;

/// <summary>Descriptive statistics on plain values; see <see cref="Summary"/> for the definitions used.</summary>
public static class Descriptive
{
    /// <summary>Arithmetic mean.</summary>
    /// <exception cref="ArgumentException">No values.</exception>
    public static double Mean(IReadOnlyList<double> values)
    {
        RequireValues(values);
        return values.Average();
    }

    /// <summary>
    /// The p-quantile by linear interpolation between order statistics (Hyndman and Fan type 7): with the values sorted
    /// x[0..n-1], h = (n - 1) p, the result is x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">p is outside [0, 1].</exception>
    public static double Quantile(IReadOnlyList<double> values, double p)
    {
        RequireValues(values);
        if (double.IsNaN(p) || p < 0 || p > 1) throw new ArgumentOutOfRangeException(nameof(p), p, "p must be in [0, 1].");
        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>Population standard deviation: sqrt(sum (x - mean)^2 / n).</summary>
    public static double PopulationStdDev(IReadOnlyList<double> values)
    {
        var mean = Mean(values);
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
    }

    /// <summary>Count, mean, median, quartiles, min, max, population standard deviation and coefficient of variation.</summary>
    public static Summary Summarise(IReadOnlyList<double> values)
    {
        var mean = Mean(values);
        var sd = PopulationStdDev(values);
        return new Summary(values.Count, mean, Quantile(values, 0.5), Quantile(values, 0.25), Quantile(values, 0.75),
            values.Min(), values.Max(), sd, mean == 0 ? double.NaN : sd / mean);
    }

    private static void RequireValues(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("At least one value is needed.", nameof(values));
        if (values.Any(double.IsNaN)) throw new ArgumentException("Values must not be NaN (leave missing values out).", nameof(values));
    }
}
