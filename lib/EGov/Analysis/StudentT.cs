namespace EGov.Analysis;

/// <summary>
/// Student's t distribution with <c>df</c> degrees of freedom: the distribution of a regression slope's t statistic under
/// the null hypothesis of a zero slope. Computed from the regularized incomplete beta function:
/// P(|T| &gt; |t|) = I_{df / (df + t²)}(df / 2, 1 / 2).
/// </summary>
internal static class StudentT
{
    /// <summary>P(T ≤ t).</summary>
    /// <exception cref="ArgumentOutOfRangeException">df is not positive, or t is NaN.</exception>
    public static double Cdf(double t, double df)
    {
        Require(t, df);
        if (double.IsPositiveInfinity(t)) return 1;
        if (double.IsNegativeInfinity(t)) return 0;
        var tail = 0.5 * SpecialFunctions.RegularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
        return t >= 0 ? 1 - tail : tail;
    }

    /// <summary>The two-sided p-value of a t statistic: P(|T| ≥ |t|).</summary>
    /// <exception cref="ArgumentOutOfRangeException">df is not positive, or t is NaN.</exception>
    public static double TwoSidedP(double t, double df)
    {
        Require(t, df);
        return double.IsInfinity(t) ? 0 : SpecialFunctions.RegularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
    }

    /// <summary>The quantile: the t with P(T ≤ t) = p (bisection on <see cref="Cdf"/> to 1e-12).</summary>
    /// <exception cref="ArgumentOutOfRangeException">p is outside (0, 1) or df is not positive.</exception>
    public static double Quantile(double p, double df)
    {
        if (double.IsNaN(p) || p <= 0 || p >= 1) throw new ArgumentOutOfRangeException(nameof(p), p, "p must be in (0, 1).");
        Require(0, df);
        if (p == 0.5) return 0;
        if (p < 0.5) return -Quantile(1 - p, df);
        double lo = 0, hi = 1;
        while (Cdf(hi, df) < p) hi *= 2;
        for (var i = 0; i < 200 && hi - lo > 1e-12 * Math.Max(1, hi); i++)
        {
            var mid = (lo + hi) / 2;
            if (Cdf(mid, df) < p) lo = mid; else hi = mid;
        }
        return (lo + hi) / 2;
    }

    private static void Require(double t, double df)
    {
        if (double.IsNaN(t)) throw new ArgumentOutOfRangeException(nameof(t), t, "t must be a number.");
        if (double.IsNaN(df) || df <= 0) throw new ArgumentOutOfRangeException(nameof(df), df, "The degrees of freedom must be positive.");
    }
}
