using EGov.Analysis;
using EGov.Data;

namespace EGov.Tests.Analysis;

/// <summary>Cook's distance and the refit without the most influential point, on a toy line checked by hand.</summary>
public sealed class InfluenceTests
{
    [Fact]
    public void Cooks_distance_finds_the_point_that_bends_the_line_and_the_refit_drops_it()
    {
        // Four points on y = x, and a fifth far out at x = 10 that lies on y = 0: it alone bends the line.
        double[] x = [0, 1, 2, 3, 10];
        double[] y = [0, 1, 2, 3, 0];
        var check = Influence.Of(x, y);
        Assert.Equal(4, check.MostInfluential);
        // Without it the four points lie exactly on y = x: slope 1, intercept 0, R² 1.
        Assert.Equal(1, check.FitWithout.Slope, 12);
        Assert.Equal(0, check.FitWithout.Intercept, 12);
        Assert.Equal(1, check.FitWithout.RSquared, 12);
        Assert.Equal(4, check.FitWithout.N);
        // By hand, all five: mean x 3.2, Sxx 62.8, Sxy = sum (x - 3.2)(y - 1.2) = 3.84 + 0.44 - 0.96 - 0.36 - 8.16 = -5.2, slope -5.2 / 62.8.
        Assert.Equal(-5.2 / 62.8, check.Fit.Slope, 12);
        // Cook's distance of the fifth point: leverage h = 1/5 + 6.8² / 62.8, residual e = 0 - (b0 + b1 10),
        // s² = RSS / 3, D = e² / (2 s²) h / (1 - h)².
        var b1 = -5.2 / 62.8;
        var b0 = 1.2 - b1 * 3.2;
        var residuals = x.Select((v, i) => y[i] - (b0 + b1 * v)).ToArray();
        var s2 = residuals.Sum(e => e * e) / 3;
        var h = 0.2 + 6.8 * 6.8 / 62.8;
        Assert.Equal(residuals[4] * residuals[4] / (2 * s2) * h / ((1 - h) * (1 - h)), check.MaxCooksDistance, 10);
        Assert.True(check.MaxCooksDistance > 1);
        Assert.All(check.CooksDistances.Take(4), d => Assert.True(d < check.MaxCooksDistance));
    }

    [Fact]
    public void A_perfect_line_has_no_influential_point_and_too_few_points_are_refused()
    {
        var check = Influence.Of([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
        Assert.All(check.CooksDistances, d => Assert.Equal(0, d));
        Assert.Equal(2, check.FitWithout.Slope, 12);
        Assert.Throws<ArgumentException>(() => Influence.Of([1, 2, 3], [1, 2, 4]));
    }

    [Fact]
    public void Real_beta_convergence_2014_2024_rests_partly_on_one_country()
    {
        // Issue 20: Somalia (EGDI 0.0139 in 2014, Cook's distance 2.56) moves the slope from -0.0311 to -0.0252 and R² from 0.415 to 0.304.
        var survey = Survey.Load();
        var check = survey.BetaInfluence(SurveyIndex.Egdi, 2014, 2024);
        Assert.Equal("SOM", check.Iso3);
        Assert.Equal(survey.BetaConvergence(SurveyIndex.Egdi, 2014, 2024).Fit, check.Fit);
        Assert.Equal(2.56, check.CooksDistance, 2);
        Assert.Equal(-0.0311, check.Fit.Slope, 4);
        Assert.Equal(-0.0252, check.FitWithout.Slope, 4);
        Assert.Equal(0.415, check.Fit.RSquared, 3);
        Assert.Equal(0.304, check.FitWithout.RSquared, 3);
        Assert.Equal(check.Fit.N - 1, check.FitWithout.N);
        Assert.Equal(2, check.ToFrame().RowCount);
    }
}
