using EGov.Analysis;

namespace EGov.Tests.Analysis;

/// <summary>Student's t distribution and the inference on a regression slope, against closed forms and textbook values.</summary>
public class StatisticsTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(3.0)]
    [InlineData(-2.0)]
    public void One_and_two_degrees_of_freedom_match_their_closed_forms(double t)
    {
        // df = 1 is the Cauchy distribution: F(t) = 1/2 + atan(t)/pi. df = 2: F(t) = 1/2 + t / (2 sqrt(2 + t²)).
        Assert.Equal(0.5 + Math.Atan(t) / Math.PI, StudentT.Cdf(t, 1), 12);
        Assert.Equal(0.5 + t / (2 * Math.Sqrt(2 + t * t)), StudentT.Cdf(t, 2), 12);
        Assert.Equal(2 * (1 - StudentT.Cdf(Math.Abs(t), 5)), StudentT.TwoSidedP(t, 5), 12);
    }

    [Theory]
    // Two-sided 5 % critical values of a t table (NIST/SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.2,
    // "Critical values of the Student's t distribution": 2.262, 2.228, 2.042, 1.984 for df = 9, 10, 30, 100), here to 12
    // digits as given by an independent numerical integration of the t density (Simpson's rule, 200 000 steps).
    [InlineData(9, 2.262157162741)]
    [InlineData(10, 2.228138851986)]
    [InlineData(30, 2.042272456301)]
    [InlineData(100, 1.983971518524)]
    public void The_975_quantile_is_the_tables_critical_value(int df, double expected)
    {
        Assert.Equal(expected, StudentT.Quantile(0.975, df), 9);
        Assert.Equal(0.05, StudentT.TwoSidedP(expected, df), 9);
        Assert.Equal(-expected, StudentT.Quantile(0.025, df), 9);
        Assert.Equal(0, StudentT.Quantile(0.5, df));
    }

    [Fact]
    public void Invalid_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Cdf(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Cdf(double.NaN, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Quantile(1, 3));
        Assert.Equal(0, StudentT.TwoSidedP(double.PositiveInfinity, 3));
        Assert.Equal(1, StudentT.TwoSidedP(0, 3), 12);
    }

    [Fact]
    public void Regression_inference_reproduces_Anscombes_first_data_set()
    {
        // Anscombe (1973), "Graphs in statistical analysis", The American Statistician 27(1): data set I. R's
        // summary(lm(y1 ~ x1, anscombe)) prints slope 0.5001, standard error 0.1179, t 4.241, p 0.00217, R² 0.6665, and
        // confint() gives 0.23337 to 0.76681.
        double[] x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
        double[] y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
        var fit = Regression.Ols(x, y);
        Assert.Equal(0.5001, fit.Slope, 4);
        Assert.Equal(3.0001, fit.Intercept, 4);
        Assert.Equal(0.1179, fit.SlopeStandardError, 4);
        Assert.Equal(4.241, fit.SlopeT, 3);
        Assert.Equal(0.00217, fit.SlopeP, 5);
        Assert.Equal(0.6665, fit.RSquared, 4);
        Assert.Equal(9, fit.DegreesOfFreedom);
        var (low, high) = fit.SlopeConfidenceInterval();
        Assert.Equal(0.23337, low, 5);
        Assert.Equal(0.76681, high, 5);
        var (low99, high99) = fit.SlopeConfidenceInterval(0.99);
        Assert.True(low99 < low && high99 > high);
    }

    [Fact]
    public void Two_points_have_no_standard_error_and_a_perfect_fit_has_p_zero()
    {
        var two = Regression.Ols([1, 2], [1, 3]);
        Assert.True(double.IsNaN(two.SlopeStandardError));
        Assert.True(double.IsNaN(two.SlopeP));
        Assert.True(double.IsNaN(two.SlopeConfidenceInterval().Low));
        var line = Regression.Ols([1, 2, 3], [2, 4, 6]);
        Assert.Equal(0, line.SlopeStandardError);
        Assert.Equal(0, line.SlopeP);
    }

    [Fact]
    public void P_values_are_written_as_below_one_thousandth_or_with_three_decimals()
    {
        Assert.Equal("< 0.001", Significance.Format(0.0002));
        Assert.Equal("0.001", Significance.Format(0.001));
        Assert.Equal("0.663", Significance.Format(0.6632));
        Assert.Equal("–", Significance.Format(double.NaN));
        Assert.True(Significance.IsSignificant(0.049));
        Assert.False(Significance.IsSignificant(0.05));
        Assert.False(Significance.IsSignificant(double.NaN));
    }
}
