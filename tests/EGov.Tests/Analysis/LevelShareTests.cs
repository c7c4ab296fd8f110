using EGov.Analysis;
using EGov.Data;
using static EGov.Tests.Analysis.ToyData;

namespace EGov.Tests.Analysis;

public class LevelShareTests
{
    private static readonly SurveyDataset Toy = Dataset(
        [Record(2020, "AAA", 0.1m), Record(2020, "BBB", 0.25m), Record(2020, "CCC", 0.75m), Record(2020, "DDD", 0.9m), Record(2020, "EEE", null)],
        [Country("AAA", "North"), Country("BBB", "North"), Country("CCC", "South"), Country("DDD", "South"), Country("EEE", "South")]);

    [Fact]
    public void World_counts_and_shares_use_the_band_bounds()
    {
        var shares = LevelShares.Of(Toy).ToDictionary(s => s.Level);
        // Bounds are inclusive: 0.25 is middle, 0.75 very high.
        Assert.Equal((2, 4, 0.5), (shares[LevelGroup.VeryHigh].Count, shares[LevelGroup.VeryHigh].Total, shares[LevelGroup.VeryHigh].Share));
        Assert.Equal(0, shares[LevelGroup.High].Count);
        Assert.Equal(1, shares[LevelGroup.Middle].Count);
        Assert.Equal(1, shares[LevelGroup.Low].Count);
    }

    [Fact]
    public void Per_region_shares_sum_to_one()
    {
        var shares = LevelShares.Of(Toy, grouping: Grouping.Region);
        Assert.Equal(8, shares.Count);
        Assert.All(shares.GroupBy(s => s.Scope), g => Assert.Equal(1, g.Sum(s => s.Share), 12));
        Assert.Equal(1.0, shares.Single(s => s.Scope == "South" && s.Level == LevelGroup.VeryHigh).Share);
        var frame = shares.ToFrame();
        Assert.Equal(2, frame.RowCount);
        Assert.Equal(2, frame.GetColumn<int>("Very high").Get(Tuple.Create(2020, "South")));
    }

    [Fact]
    public void Real_data_has_every_assessed_country_in_one_group()
    {
        var data = Survey.Load().Dataset;
        var shares = LevelShares.Of(data, flagged: FlaggedValues.Include);
        // data/egdi.csv: 193 assessed in 2020, 173 in 2003.
        Assert.Equal(193, shares.Where(s => s.Edition == 2020).Sum(s => s.Count));
        Assert.Equal(173, shares.Where(s => s.Edition == 2003).Sum(s => s.Count));
        // By default the 8 EGDIs of 2003 flagged in data/quality-flags.csv ("2003,...,egdi,from-flagged-component") are left out.
        Assert.Equal(173 - 8, LevelShares.Of(data).Where(s => s.Edition == 2003).Sum(s => s.Count));
    }
}
