using EGov.Data;

namespace EGov.Tests.Data;

public sealed class EditionSummaryTests
{
    private static readonly Survey Survey = Survey.Load();

    [Fact]
    public void One_summary_per_edition_with_the_not_assessed_counts_and_deviations()
    {
        var summaries = Survey.EditionSummaries();
        Assert.Equal(Survey.Editions, summaries.Select(s => s.Edition));
        Assert.All(summaries, s => Assert.Equal(SurveySchema.MemberStates, s.Countries));
        // data/README.md, "Not assessed": 2003 20, 2004 15, 2005 14, 2008 11, 2010 10, 2012 3, later 0 (73 in all).
        Assert.Equal([20, 15, 14, 11, 10, 3, 0, 0, 0, 0, 0, 0], summaries.Select(s => s.NotAssessed));
        Assert.All(summaries, s => Assert.Equal(s.Countries, s.Assessed + s.NotAssessed));
        // data/README.md, "EGDI and its components": the largest deviation, 2008 0.013620 (Cameroon).
        var y2008 = summaries.Single(s => s.Edition == 2008);
        Assert.Equal(0.013620m, decimal.Round(y2008.MaxEgdiDeviation!.Value, 6));
        Assert.Equal(EgdiConsistency.ToleranceFor(2008), y2008.EgdiTolerance);
        Assert.All(summaries, s => Assert.True(s.MaxEgdiDeviation <= s.EgdiTolerance));
        // The world mean EGDI of 2020, README's claim C8: 0.5988.
        Assert.Equal(0.5988m, decimal.Round(summaries.Single(s => s.Edition == 2020).MeanEgdi!.Value, 4));
        Assert.Equal(Survey.QualityFlags.Count, summaries.Sum(s => s.QualityFlags));
        Assert.All(summaries, s => Assert.EndsWith($"_{s.Edition}.csv", s.Source));
    }

    [Fact]
    public void The_frame_is_keyed_by_edition()
    {
        var frame = Survey.EditionSummaries().ToFrame();
        Assert.Equal(Survey.Editions, frame.RowKeys);
        Assert.Equal(20, frame.GetColumn<int>("NotAssessed")[2003]);
        Assert.Equal(["Countries", "Assessed", "NotAssessed", "MeanEgdi", "MaxEgdiDeviation", "EgdiTolerance", "QualityFlags", "Source"], frame.ColumnKeys);
    }
}
