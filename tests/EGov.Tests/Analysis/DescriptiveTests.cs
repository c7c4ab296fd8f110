using EGov.Analysis;

namespace EGov.Tests.Analysis;

public class DescriptiveTests
{
    [Fact]
    public void Summary_of_one_to_five()
    {
        // Hand-worked: [1..5]: mean 3, median 3, type-7 quartiles 2 and 4, population SD sqrt(2), CV sqrt(2)/3.
        var s = Descriptive.Summarise([5, 1, 4, 2, 3]);
        Assert.Equal(5, s.Count);
        Assert.Equal(3, s.Mean, 12);
        Assert.Equal(3, s.Median, 12);
        Assert.Equal(2, s.Q1, 12);
        Assert.Equal(4, s.Q3, 12);
        Assert.Equal(1, s.Min);
        Assert.Equal(5, s.Max);
        Assert.Equal(Math.Sqrt(2), s.StdDev, 12);
        Assert.Equal(Math.Sqrt(2) / 3, s.CoefficientOfVariation, 12);
    }

    [Fact]
    public void Quantile_interpolates_linearly_type_7()
    {
        // Hand-worked: [1, 2, 3, 4]: h = 3 * 0.25 = 0.75 -> 1 + 0.75 * (2 - 1) = 1.75; median 2.5.
        Assert.Equal(1.75, Descriptive.Quantile([4, 3, 2, 1], 0.25), 12);
        Assert.Equal(2.5, Descriptive.Quantile([4, 3, 2, 1], 0.5), 12);
        Assert.Equal(3.25, Descriptive.Quantile([4, 3, 2, 1], 0.75), 12);
    }

    [Fact]
    public void Standard_deviation_is_the_population_one()
    {
        // Hand-worked: [2, 4]: population SD 1 (the sample SD would be sqrt(2)).
        Assert.Equal(1, Descriptive.PopulationStdDev([2, 4]), 12);
    }

    [Fact]
    public void Empty_input_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Descriptive.Summarise([]));
        Assert.Throws<ArgumentException>(() => Descriptive.Mean([double.NaN]));
    }

    [Fact]
    public void Ols_recovers_a_line()
    {
        // Hand-worked: y = 1 + 2x exactly -> slope 2, intercept 1, R² 1.
        var fit = Regression.Ols([0, 1, 2, 3], [1, 3, 5, 7]);
        Assert.Equal(2, fit.Slope, 12);
        Assert.Equal(1, fit.Intercept, 12);
        Assert.Equal(1, fit.RSquared, 12);
        Assert.Equal(4, fit.N);
        // Hand-worked: x [0,1,2], y [0,2,1]: Sxy = 1, Sxx = 2, Syy = 2 -> slope 0.5, intercept 0.5, R² 0.25.
        var noisy = Regression.Ols([0, 1, 2], [0, 2, 1]);
        Assert.Equal(0.5, noisy.Slope, 12);
        Assert.Equal(0.5, noisy.Intercept, 12);
        Assert.Equal(0.25, noisy.RSquared, 12);
    }
}
