using EGov.Analysis;
using EGov.Data;
using static EGov.Tests.Analysis.ToyData;

namespace EGov.Tests.Analysis;

/// <summary>The regional means over editions and the beta-convergence points: one library call each.</summary>
public sealed class TrendAndPointsTests
{
    // EGDI 2010 and 2020 of three countries; AAA and BBB in region X, CCC (starting at 0) in Y.
    private static readonly SurveyDataset Toy = Dataset(
        new (string Iso3, decimal From, decimal To)[] { ("AAA", 0.2m, 0.4m), ("BBB", 0.4m, 0.4m), ("CCC", 0m, 0.3m) }
            .SelectMany(c => new[] { Record(2010, c.Iso3, c.From), Record(2020, c.Iso3, c.To) }),
        [Country("AAA", "X"), Country("BBB", "X"), Country("CCC", "Y")]);

    [Fact]
    public void Beta_points_are_the_regressions_points()
    {
        var points = Convergence.BetaPoints(Toy, SurveyIndex.Egdi, 2010, 2020, GrowthMeasure.TotalLog);
        // CCC starts at 0 (log undefined): left out, as in Convergence.Beta.
        Assert.Equal(["AAA", "BBB"], points.Select(p => p.Iso3));
        Assert.Equal(Math.Log(0.2), points[0].LogStart, 12);
        Assert.Equal(Math.Log(2), points[0].Growth, 12);
        Assert.Equal(0.2, points[0].Start);
        Assert.Equal(0.4, points[0].End);
        Assert.Equal(Math.Log(2) / 10, Convergence.BetaPoints(Toy, SurveyIndex.Egdi, 2010, 2020)[0].Growth, 12);
        var fit = Regression.Ols(points.Select(p => p.LogStart).ToList(), points.Select(p => p.Growth).ToList());
        Assert.Equal(Convergence.Beta(Toy, SurveyIndex.Egdi, 2010, 2020, GrowthMeasure.TotalLog).Fit, fit);
        var frame = points.ToFrame();
        Assert.Equal(["AAA", "BBB"], frame.RowKeys);
        Assert.Equal(["Start", "End", "LogStart", "Growth"], frame.ColumnKeys);
        Assert.Throws<ArgumentException>(() => Convergence.BetaPoints(Toy, SurveyIndex.Egdi, 2020, 2010));
    }

    [Fact]
    public void Real_beta_points_match_the_fit()
    {
        var survey = Survey.Load();
        Assert.Equal(survey.BetaConvergence(SurveyIndex.Egdi, 2003, 2024).Fit.N, survey.BetaPoints(SurveyIndex.Egdi, 2003, 2024).Count);
    }

    [Fact]
    public void Disparity_trend_has_one_table_per_edition_and_a_frame_of_group_means()
    {
        var trend = Disparities.OverEditions(Toy, SurveyIndex.Egdi, Grouping.Region);
        Assert.Equal([2010, 2020], trend.Editions);
        var frame = trend.ToFrame();
        Assert.Equal(["X", "Y", "World"], frame.RowKeys);
        Assert.Equal([2010, 2020], frame.ColumnKeys);
        Assert.Equal(0.3, frame.GetColumn<double>(2010)["X"], 12);
        Assert.Equal(0.0, frame.GetColumn<double>(2010)["Y"], 12);
        Assert.Equal(0.2, frame.GetColumn<double>(2010)["World"], 12);
        Assert.Equal(0.0, trend.ToFrame("StdDev").GetColumn<double>(2020)["X"], 12);
    }

    [Fact]
    public void Real_regional_means_cover_every_edition_and_region()
    {
        var survey = Survey.Load();
        var trend = survey.DisparitiesOverEditions(SurveyIndex.Egdi, Grouping.Region);
        Assert.Equal(survey.Editions, trend.Editions);
        Assert.Equal([.. SurveySchema.Regions.Values, "World"], trend.ToFrame().RowKeys);
        // 2020 has no flagged EGDI, so its regional means are the published ones.
        Assert.Equal(survey.Disparities(SurveyIndex.Egdi, 2020, Grouping.Region).Group("Asia").Summary.Mean,
            trend.ToFrame().GetColumn<double>(2020)["Asia"]);
    }
}
