using EGov.Analysis;
using EGov.Data;
using static EGov.Tests.Analysis.ToyData;

namespace EGov.Tests.Analysis;

public class DisparityTests
{
    private static readonly SurveyDataset Toy = Dataset(
        [Record(2020, "AAA", 0.2m), Record(2020, "BBB", 0.4m), Record(2020, "CCC", 0.6m), Record(2020, "DDD", 0.8m), Record(2020, "EEE", null)],
        [Country("AAA", "North"), Country("BBB", "North"), Country("CCC", "South"), Country("DDD", "South"), Country("EEE", "South")]);

    [Fact]
    public void Groups_have_hand_worked_statistics()
    {
        var table = Disparities.Of(Toy, SurveyIndex.Egdi, 2020, Grouping.Region);
        // World mean 0.5; North mean 0.3 (gap -0.2), South mean 0.7 (gap +0.2; EEE not assessed).
        Assert.Equal(0.5, table.World.Summary.Mean, 12);
        var north = table.Group("North");
        Assert.Equal(2, north.Summary.Count);
        Assert.Equal(0.3, north.Summary.Mean, 12);
        Assert.Equal(-0.2, north.GapToWorldMean, 12);
        Assert.Equal(("AAA", "BBB"), (north.MinIso3, north.MaxIso3));
        Assert.Equal(0.1, north.Summary.StdDev, 12);
        var south = table.Group("South");
        Assert.Equal(0.2, south.GapToWorldMean, 12);
        // Hand-worked [0.6, 0.8]: sum over ordered pairs |xi - xj| = 0.4, 2 n² mean = 2 * 4 * 0.7 = 5.6 -> Gini 1/14.
        Assert.Equal(1.0 / 14, south.Gini, 12);
        Assert.Equal(4, table.Coverage.Countries);
        Assert.Equal(1, table.Coverage.Excluded);
        Assert.Equal(table.Theil.Total, table.Theil.Between + table.Theil.Within, 12);
        Assert.Throws<KeyNotFoundException>(() => table.Group("East"));
    }

    [Fact]
    public void Frame_has_a_row_per_group_and_the_world()
    {
        var frame = Disparities.Of(Toy, SurveyIndex.Egdi, 2020, Grouping.Region).ToFrame();
        Assert.Equal(["North", "South", "World"], frame.RowKeys);
        Assert.Equal(0.3, frame.GetColumn<double>("Mean").Get("North"), 12);
    }

    [Fact]
    public void Real_2020_regional_disparities_decompose_exactly()
    {
        var table = Disparities.Of(Survey.Load().Dataset, SurveyIndex.Egdi, 2020, Grouping.Region);
        // data/countries.csv: five UN regions; data/egdi.csv: all 193 assessed in 2020.
        Assert.Equal(5, table.Groups.Count);
        Assert.Equal(193, table.World.Summary.Count);
        Assert.Equal(table.Theil.Total, table.Theil.Between + table.Theil.Within, 10);
        // Europe has the highest mean EGDI in 2020 and Africa the lowest (data/egdi.csv, 2020 rows).
        Assert.Equal("Europe", table.Groups.MaxBy(g => g.Summary.Mean)!.Group);
        Assert.Equal("Africa", table.Groups.MinBy(g => g.Summary.Mean)!.Group);
        Assert.Equal(0, table.Groups.Sum(g => g.Summary.Count * g.GapToWorldMean), 9);
    }

    [Theory]
    [InlineData(Grouping.SubRegion)]
    [InlineData(Grouping.IncomeGroup2018)]
    [InlineData(Grouping.DevelopmentStatus2018)]
    public void Every_grouping_covers_every_assessed_country(Grouping grouping)
    {
        // data/egdi.csv: 173 countries assessed in 2003.
        var table = Disparities.Of(Survey.Load().Dataset, SurveyIndex.Osi, 2003, grouping);
        Assert.Equal(173, table.Groups.Sum(g => g.Summary.Count));
        Assert.Equal(173, table.Coverage.Countries);
        Assert.Equal(table.Theil.Total, table.Theil.Between + table.Theil.Within, 10);
        Assert.Equal(table.Groups.Count + 1, table.ToFrame().RowCount);
    }
}
