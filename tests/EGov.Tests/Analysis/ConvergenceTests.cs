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
        // A negative slope through two points has no standard error: it is not significant, so not called convergence.
        Assert.Equal(ConvergenceVerdict.NotSignificant, beta.Verdict);
        Assert.False(beta.Converging);
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
        Assert.True(beta.Fit.SlopeP < 0.001);
        var sigma = Convergence.Sigma(data, SurveyIndex.Egdi);
        Assert.Equal(12, sigma.Count);
        Assert.True(sigma[^1].CoefficientOfVariation < sigma[0].CoefficientOfVariation);
    }

    [Fact]
    public void Recent_periods_are_called_converging_only_when_significant()
    {
        var survey = Survey.Load();
        // 2020-2024: slope -0.0021 with R² 0.001 (issue 11): negative but far from significant.
        var recent = survey.BetaConvergence(SurveyIndex.Egdi, 2020, 2024);
        Assert.True(recent.Fit.Slope < 0);
        Assert.True(recent.Fit.SlopeP > 0.5);
        Assert.Equal(ConvergenceVerdict.NotSignificant, recent.Verdict);
        Assert.False(recent.Converging);
        var (low, high) = recent.Fit.SlopeConfidenceInterval();
        Assert.True(low < 0 && high > 0);
        Assert.Equal(ConvergenceVerdict.Converging, survey.BetaConvergence(SurveyIndex.Egdi, 2014, 2024).Verdict);
        Assert.Equal(ConvergenceVerdict.Diverging, survey.BetaConvergence(SurveyIndex.Egdi, 2022, 2024).Verdict);
        var frame = new[] { recent }.ToFrame();
        Assert.Equal(["Countries", "Flagged values left out", "Slope", "Std. error", "95% CI low", "95% CI high", "R²", "p-value", "Verdict"], frame.ColumnKeys);
        Assert.Equal("no significant convergence", frame.GetColumn<string>("Verdict").Get("EGDI 2020-2024"));
    }

    [Fact]
    public void Sigma_test_is_the_pitman_morgan_test_of_paired_spreads()
    {
        // Five countries whose ln values halve their distance to the mean: ln(end) = 0.5 ln(start) - 0.1.
        double[] start = [0.2, 0.3, 0.45, 0.6, 0.9];
        var records = start.SelectMany((v, i) => new[]
        {
            Record(2010, $"C{i}", (decimal)v),
            Record(2020, $"C{i}", (decimal)Math.Round(Math.Exp(0.5 * Math.Log(v) - 0.1), 10)),
        });
        var data = Dataset(records, start.Select((_, i) => Country($"C{i}", "X")));
        var test = Convergence.SigmaTest(data, SurveyIndex.Egdi, 2010, 2020);
        var lnStart = start.Select(v => Math.Log(v)).ToArray();
        Assert.Equal(Descriptive.PopulationStdDev(lnStart), test.SdLogFrom, 12);
        Assert.Equal(test.SdLogFrom / 2, test.SdLogTo, 8);
        Assert.Equal(1, test.Correlation, 8); // u = x + y and v = x - y are then exactly proportional
        Assert.Equal(ConvergenceVerdict.Converging, test.Verdict);

        // The Pitman-Morgan correlation equals (Var x - Var y) / sqrt((Var x + Var y)² - 4 Cov(x, y)²) for any pairs.
        double[] x = [-1.2, -0.8, -0.5, -0.3, -0.1, -0.9];
        double[] y = [-0.7, -0.9, -0.2, -0.35, -0.05, -0.4];
        var paired = Dataset(x.SelectMany((v, i) => new[] { Record(2010, $"C{i}", (decimal)Math.Exp(v)), Record(2020, $"C{i}", (decimal)Math.Exp(y[i])) }),
            x.Select((_, i) => Country($"C{i}", "X")));
        var result = Convergence.SigmaTest(paired, SurveyIndex.Egdi, 2010, 2020);
        double Var(double[] a) => a.Sum(v => (v - a.Average()) * (v - a.Average())) / a.Length;
        var cov = x.Zip(y, (a, b) => (a - x.Average()) * (b - y.Average())).Sum() / x.Length;
        var expected = (Var(x) - Var(y)) / Math.Sqrt(Math.Pow(Var(x) + Var(y), 2) - 4 * cov * cov);
        Assert.Equal(expected, result.Correlation, 6);
        Assert.Equal(StudentT.TwoSidedP(expected * Math.Sqrt(4) / Math.Sqrt(1 - expected * expected), 4), result.PValue, 6);
        Assert.Throws<ArgumentException>(() => Convergence.SigmaTest(Toy, SurveyIndex.Egdi, 2010, 2020)); // two usable countries
    }

    [Fact]
    public void Real_sigma_tests_follow_the_data()
    {
        var survey = Survey.Load();
        Assert.Equal(ConvergenceVerdict.Converging, survey.SigmaConvergenceTest(SurveyIndex.Egdi, 2014, 2024).Verdict);
        Assert.Equal(ConvergenceVerdict.NotSignificant, survey.SigmaConvergenceTest(SurveyIndex.Egdi, 2020, 2024).Verdict);
        Assert.Equal(ConvergenceVerdict.Diverging, survey.SigmaConvergenceTest(SurveyIndex.Egdi, 2022, 2024).Verdict);
        Assert.Equal(193, survey.SigmaConvergenceTest(SurveyIndex.Egdi, 2014, 2024).Coverage.Countries);
    }
}
