namespace EGov.Analysis;

/// <summary>
/// How much one point of a simple regression moves the fit: Cook's distance of every point, and the fit without the most
/// influential one (Cook 1977). With leverage h_i = 1/n + (x_i - mean x)² / Sxx, residual e_i and s² = RSS / (n - 2),
/// D_i = e_i² / (2 s²) · h_i / (1 - h_i)²: the shift of all fitted values when point i is dropped, in units of the fit's
/// own uncertainty. A common rule of thumb reads D &gt; 4 / n as worth a look and D &gt; 1 as large.
/// </summary>
/// <param name="CooksDistances">Cook's distance of each point, in the order of the input.</param>
/// <param name="MostInfluential">The position (0-based) of the point with the largest Cook's distance.</param>
/// <param name="Fit">The fit of all points.</param>
/// <param name="FitWithout">The fit without the most influential point.</param>
public sealed record Influence(IReadOnlyList<double> CooksDistances, int MostInfluential, LinearFit Fit, LinearFit FitWithout)
{
    /// <summary>The largest Cook's distance.</summary>
    public double MaxCooksDistance => CooksDistances[MostInfluential];

    /// <summary>
    /// Cook's distances and the refit without the point of the largest one.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, fewer than four points (the refit needs three), or x is constant.</exception>
    public static Influence Of(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count < 4) throw new ArgumentException("An influence check needs at least four points.", nameof(x));
        var fit = Regression.Ols(x, y);
        var n = x.Count;
        var mx = x.Average();
        var sxx = x.Sum(v => (v - mx) * (v - mx));
        var residuals = x.Select((v, i) => y[i] - (fit.Intercept + fit.Slope * v)).ToList();
        var s2 = residuals.Sum(e => e * e) / (n - 2);
        var distances = new double[n];
        for (var i = 0; i < n; i++)
        {
            var h = 1.0 / n + (x[i] - mx) * (x[i] - mx) / sxx;
            distances[i] = s2 == 0 ? 0 : residuals[i] * residuals[i] / (2 * s2) * h / ((1 - h) * (1 - h));
        }
        var most = 0;
        for (var i = 1; i < n; i++) if (distances[i] > distances[most]) most = i;
        var without = Regression.Ols(x.Where((_, i) => i != most).ToList(), y.Where((_, i) => i != most).ToList());
        return new Influence(distances, most, fit, without);
    }
}
