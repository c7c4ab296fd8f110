using EGov.Analysis;
using EGov.Data;
using static EGov.Tests.Analysis.ToyData;

namespace EGov.Tests.Analysis;

public class RankingTests
{
    private static readonly (string, decimal)[] Values = [("A", 0.9m), ("B", 0.8m), ("C", 0.80m), ("D", 0.7m), ("E", 0.95m)];

    [Fact]
    public void Competition_rank_skips_places_after_ties()
    {
        // Hand-worked: 0.95 -> 1, 0.9 -> 2, 0.8 and 0.80 tie -> 3, 3, then 0.7 -> 5.
        var ranks = Ranker.Rank(Values, RankMethod.Competition).ToDictionary(r => r.Key, r => r.Rank);
        Assert.Equal(new Dictionary<string, int> { ["E"] = 1, ["A"] = 2, ["B"] = 3, ["C"] = 3, ["D"] = 5 }, ranks);
    }

    [Fact]
    public void Dense_rank_does_not_skip_places()
    {
        var ranks = Ranker.Rank(Values, RankMethod.Dense).ToDictionary(r => r.Key, r => r.Rank);
        Assert.Equal(new Dictionary<string, int> { ["E"] = 1, ["A"] = 2, ["B"] = 3, ["C"] = 3, ["D"] = 4 }, ranks);
    }

    [Fact]
    public void Ranking_of_an_edition_leaves_out_countries_not_assessed_and_reports_them()
    {
        var data = Dataset(
            [Record(2020, "AAA", 0.5m), Record(2020, "BBB", null), Record(2020, "CCC", 0.6m)],
            [Country("AAA", "X"), Country("BBB", "X"), Country("CCC", "Y")]);
        var ranking = RankingAnalysis.Of(data, SurveyIndex.Egdi, 2020);
        Assert.Equal(["CCC", "AAA"], ranking.Ranks.Select(r => r.Iso3));
        Assert.Equal(2, ranking.Coverage.Countries);
        Assert.Equal(1, ranking.Coverage.Excluded);
        Assert.Null(ranking.For("BBB"));
        Assert.Equal(2, ranking.ToFrame().RowCount);
    }

    [Fact]
    public void Unknown_edition_is_rejected()
    {
        var data = Dataset([Record(2020, "AAA", 0.5m)], [Country("AAA", "X")]);
        Assert.Throws<ArgumentOutOfRangeException>(() => RankingAnalysis.Of(data, SurveyIndex.Egdi, 2019));
    }

    [Fact]
    public void Rank_change_is_places_gained()
    {
        var data = Dataset(
            [Record(2018, "AAA", 0.5m), Record(2018, "BBB", 0.6m), Record(2020, "AAA", 0.7m), Record(2020, "BBB", 0.6m)],
            [Country("AAA", "X"), Country("BBB", "X")]);
        var changes = RankingAnalysis.Change(data, SurveyIndex.Egdi, 2018, 2020);
        Assert.Equal(1, changes.For("AAA")!.Change);
        Assert.Equal(-1, changes.For("BBB")!.Change);
        Assert.Equal([2018, 2020], changes.Coverage.Editions);
    }

    [Fact]
    public void Published_rank_check_finds_a_rank_that_differs()
    {
        var data = Dataset(
            [Record(2020, "AAA", 0.5m, rank: 2), Record(2020, "BBB", 0.5m, rank: 1), Record(2020, "CCC", 0.4m, rank: 3)],
            [Country("AAA", "X"), Country("BBB", "X"), Country("CCC", "X")]);
        var check = Assert.Single(RankingAnalysis.CheckPublishedEgdiRanks(data));
        var mismatch = Assert.Single(check.Mismatches);
        Assert.Equal(("AAA", 2, 1), (mismatch.Iso3, mismatch.PublishedRank, mismatch.RecomputedRank));
        Assert.Equal(["BBB"], mismatch.TiedWith);
        Assert.Equal(1, check.TiedGroups);
    }
}
