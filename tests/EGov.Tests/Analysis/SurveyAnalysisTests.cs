using EGov.Analysis;
using EGov.Data;

namespace EGov.Tests.Analysis;

public class SurveyAnalysisTests
{
    private static readonly Survey Survey = Survey.Load();

    [Fact]
    public void Extension_methods_give_the_same_results_as_the_functions()
    {
        // data/egdi.csv, 2020 CHN row: published EGDI rank 45; 2018 row: 65.
        Assert.Equal(45, Survey.Ranking(SurveyIndex.Egdi, 2020).For("CHN")!.CompetitionRank);
        Assert.Equal(20, Survey.RankChanges(SurveyIndex.Egdi, 2018, 2020, method: null).For("CHN")!.Change);
        Assert.Equal(0.1137m, Survey.EgdiChange("China", 2018, 2020).EgdiChange);
        Assert.Equal(193, Survey.EgdiChanges(2018, 2020).Countries.Count);
        Assert.Equal(12, Survey.CheckPublishedEgdiRanks().Count);
        Assert.Equal(5, Survey.Disparities(SurveyIndex.Egdi, 2020, Grouping.Region).Groups.Count);
        Assert.Equal(4, Survey.LevelShares(SurveyIndex.Egdi, editions: [2020]).Count);
        Assert.Equal(2, Survey.SigmaConvergence(SurveyIndex.Osi, [2018, 2020]).Count);
        Assert.True(Survey.BetaConvergence(SurveyIndex.Egdi, 2003, 2024).Converging);
        Assert.Equal("CHN", Survey.Profile("china").Country.Iso3);
        Assert.Equal(11, Survey.EvaluateFindings().Count);
    }

    [Fact]
    public void Published_rank_change_is_only_for_egdi()
    {
        Assert.Throws<ArgumentException>(() => Survey.RankChanges(SurveyIndex.Osi, 2018, 2020, method: null));
    }
}
