namespace EGov.Analysis;

/// <summary>
/// An ordinary least squares line y = Intercept + Slope x, with the classical inference on the slope (errors assumed
/// independent with constant variance): its standard error, t statistic, two-sided p-value and confidence interval on
/// n - 2 degrees of freedom.
/// </summary>
/// <param name="Slope">Slope.</param>
/// <param name="Intercept">Intercept.</param>
/// <param name="RSquared">Coefficient of determination (squared correlation of x and y); NaN when y is constant.</param>
/// <param name="N">Number of points.</param>
/// <param name="SlopeStandardError">sqrt(s² / Sxx) with s² = residual sum of squares / (n - 2); NaN when n = 2.</param>
public sealed record LinearFit(double Slope, double Intercept, double RSquared, int N, double SlopeStandardError)
{
    /// <summary>Degrees of freedom of the residuals: n - 2.</summary>
    public int DegreesOfFreedom => N - 2;

    /// <summary>Slope / standard error: the t statistic of the null hypothesis "slope = 0" (NaN when it is undefined).</summary>
    public double SlopeT => SlopeStandardError > 0 ? Slope / SlopeStandardError : double.NaN;

    /// <summary>
    /// The two-sided p-value of "slope = 0" from Student's t with n - 2 degrees of freedom: the probability of a slope at
    /// least this far from 0 if x and y were unrelated. 0 for a perfect fit; NaN with two points or a constant y.
    /// </summary>
    public double SlopeP => DegreesOfFreedom < 1 || double.IsNaN(SlopeStandardError) ? double.NaN
        : SlopeStandardError == 0 ? (Slope == 0 ? double.NaN : 0)
        : StudentT.TwoSidedP(SlopeT, DegreesOfFreedom);

    /// <summary>The confidence interval of the slope at the given level (default 95 %): slope ± t quantile × standard error.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not in (0, 1).</exception>
    public (double Low, double High) SlopeConfidenceInterval(double level = 0.95)
    {
        if (double.IsNaN(level) || level <= 0 || level >= 1) throw new ArgumentOutOfRangeException(nameof(level), level, "The level must be in (0, 1).");
        if (DegreesOfFreedom < 1 || double.IsNaN(SlopeStandardError)) return (double.NaN, double.NaN);
        var half = StudentT.Quantile(0.5 + level / 2, DegreesOfFreedom) * SlopeStandardError;
        return (Slope - half, Slope + half);
    }
}

/// <summary>Simple linear regression.</summary>
public static class Regression
{
    /// <summary>
    /// OLS of y on x with an intercept: slope = Sxy / Sxx, intercept = mean y - slope mean x, R² = Sxy² / (Sxx Syy), and the
    /// slope's standard error sqrt((Syy - slope Sxy) / (n - 2) / Sxx).
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, fewer than two points, or x is constant.</exception>
    public static LinearFit Ols(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count) throw new ArgumentException("x and y must have the same length.", nameof(y));
        if (x.Count < 2) throw new ArgumentException("At least two points are needed.", nameof(x));
        var mx = x.Average();
        var my = y.Average();
        double sxx = 0, sxy = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0) throw new ArgumentException("x is constant; the slope is undefined.", nameof(x));
        var slope = sxy / sxx;
        var residual = Math.Max(0, syy - slope * sxy);
        var se = x.Count > 2 ? Math.Sqrt(residual / (x.Count - 2) / sxx) : double.NaN;
        return new LinearFit(slope, my - slope * mx, syy == 0 ? double.NaN : sxy * sxy / (sxx * syy), x.Count, se);
    }
}
