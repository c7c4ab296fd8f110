namespace EGov.Analysis;

/// <summary>Inequality measures on non-negative values (index scores). Both are population measures and scale-invariant.</summary>
public static class Inequality
{
    /// <summary>
    /// Population Gini coefficient: sum_i sum_j |x_i - x_j| / (2 n^2 mean), computed from the sorted values as
    /// 2 sum_i i x_(i) / (n sum x) - (n + 1) / n. Equal values give 0; [0, 0, 0, 1] gives 0.75 (the maximum for n = 4 is
    /// (n - 1) / n). All zeros give 0.
    /// </summary>
    /// <exception cref="ArgumentException">No values, a NaN or a negative value.</exception>
    public static double Gini(IReadOnlyList<double> values)
    {
        Require(values);
        var sorted = values.Order().ToArray();
        var sum = sorted.Sum();
        if (sum == 0) return 0;
        var n = sorted.Length;
        var weighted = 0.0;
        for (var i = 0; i < n; i++) weighted += (i + 1) * sorted[i];
        return 2 * weighted / (n * sum) - (n + 1.0) / n;
    }

    /// <summary>
    /// Theil T index: (1/n) sum (x / mean) ln(x / mean), with 0 ln 0 = 0. Equal values give 0; the maximum is ln n
    /// (one value holds everything). All zeros give 0.
    /// </summary>
    /// <exception cref="ArgumentException">No values, a NaN or a negative value.</exception>
    public static double TheilT(IReadOnlyList<double> values)
    {
        Require(values);
        var mean = values.Average();
        if (mean == 0) return 0;
        return values.Sum(x => x == 0 ? 0 : x / mean * Math.Log(x / mean)) / values.Count;
    }

    /// <summary>Decomposes Theil T of all values into between-group and within-group parts that sum to the total.</summary>
    /// <param name="values">Each value with its group.</param>
    public static TheilDecomposition DecomposeTheil(IEnumerable<(string Group, double Value)> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var all = values.ToList();
        var xs = all.Select(v => v.Value).ToList();
        var total = TheilT(xs);
        var n = xs.Count;
        var mean = xs.Average();
        var parts = new List<TheilGroupPart>();
        foreach (var group in all.GroupBy(v => v.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var gx = group.Select(v => v.Value).ToList();
            var gMean = gx.Average();
            var share = mean == 0 ? 0 : gx.Count * gMean / (n * mean);
            var t = TheilT(gx);
            var between = share == 0 ? 0 : share * Math.Log(gMean / mean);
            parts.Add(new TheilGroupPart(group.Key, gx.Count, gMean, share, t, share * t, between));
        }
        return new TheilDecomposition(total, parts.Sum(p => p.Between), parts.Sum(p => p.Within), parts);
    }

    private static void Require(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("At least one value is needed.", nameof(values));
        if (values.Any(v => double.IsNaN(v) || v < 0)) throw new ArgumentException("Values must be non-negative numbers.", nameof(values));
    }
}
