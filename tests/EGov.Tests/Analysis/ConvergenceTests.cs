using EGov.Analysis;
using EGov.Data;
using static EGov.Tests.Analysis.ToyData;

namespace EGov.Tests.Analysis;

public class ConvergenceTests
{
    private static readonly SurveyDataset Toy = Dataset(
        [
            Record(2010, "AAA", 0.2m), Record(2010, "BBB", 0.4m), Record(2010, "CCC", 0m),
            Record(2020, "AAA", 0.4m), Record(2020, "BBB", 0.4m), Record(2020, "CCC", 0.3m),
        ],
        [Country("AAA", "X"), Country("BBB", "X"), Country("CCC", "X")]);

    [Fact]
    public void Sigma_is_the_cv_per_edition()
    {
        var sigma = Convergence.Sigma(Toy, SurveyIndex.Egdi);
        Assert.Equal([2010, 2020], sigma.Select(s => s.Edition));
        // Hand-worked 2010: [0.2, 0.4, 0]: mean 0.2, population SD sqrt(0.08/3), CV = SD / 0.2.
        Assert.Equal(Math.Sqrt(0.08 / 3) / 0.2, sigma[0].CoefficientOfVariation, 12);
        Assert.True(sigma[1].CoefficientOfVariation < sigma[0].CoefficientOfVariation);
        Assert.Equal(2, sigma.ToFrame().RowCount);
    }

    [Fact]
    public void Beta_regresses_log_growth_on_log_start_and_drops_zero_starts()
    {
        var beta = Convergence.Beta(Toy, SurveyIndex.Egdi, 2010, 2020, GrowthMeasure.TotalLog);
        // CCC starts at 0 (log undefined): left out. Two points: x = ln 0.2, ln 0.4; y = ln 2, 0.
        Assert.Equal(2, beta.Fit.N);
        Assert.Equal(1, beta.Coverage.Excluded);
        Assert.Equal(-1, beta.Fit.Slope, 12); // (0 - ln 2) / (ln 0.4 - ln 0.2) = -1
        Assert.Equal(Math.Log(2) + Math.Log(0.2), beta.Fit.Intercept, 12);
        Assert.True(beta.Converging);
        var annual = Convergence.Beta(Toy, SurveyIndex.Egdi, 2010, 2020);
        Assert.Equal(-0.1, annual.Fit.Slope, 12); // divided by 10 years
        Assert.Throws<ArgumentException>(() => Convergence.Beta(Toy, SurveyIndex.Egdi, 2020, 2010));
    }

    [Fact]
    public void Real_egdi_converged_between_2003_and_2024()
    {
        var data = Survey.Load().Dataset;
        var beta = Convergence.Beta(data, SurveyIndex.Egdi, 2003, 2024);
        // data/egdi.csv: 173 countries assessed in 2003 (some may start at 0 and are excluded).
        Assert.InRange(beta.Fit.N, 150, 173);
        Assert.True(beta.Converging);
        var sigma = Convergence.Sigma(data, SurveyIndex.Egdi);
        Assert.Equal(12, sigma.Count);
        Assert.True(sigma[^1].CoefficientOfVariation < sigma[0].CoefficientOfVariation);
    }
}
