namespace EGov.Analysis;

/// <summary>An ordinary least squares line y = Intercept + Slope x.</summary>
/// <param name="Slope">Slope.</param>
/// <param name="Intercept">Intercept.</param>
/// <param name="RSquared">Coefficient of determination (squared correlation of x and y); NaN when y is constant.</param>
/// <param name="N">Number of points.</param>
public sealed record LinearFit(double Slope, double Intercept, double RSquared, int N);

/// <summary>Simple linear regression.</summary>
public static class Regression
{
    /// <summary>OLS of y on x with an intercept: slope = Sxy / Sxx, intercept = mean y - slope mean x, R² = Sxy² / (Sxx Syy).</summary>
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
        return new LinearFit(slope, my - slope * mx, syy == 0 ? double.NaN : sxy * sxy / (sxx * syy), x.Count);
    }
}
