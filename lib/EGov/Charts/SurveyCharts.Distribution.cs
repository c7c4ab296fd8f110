using EGov.Analysis;
using EGov.Data;
using Plotly.NET;
using static EGov.Charts.PlotlyFs;

namespace EGov.Charts;

public static partial class SurveyCharts
{
    /// <summary>Box plot of an index per UN region in one edition, every country shown as a point (hover: name and value), mean dashed.</summary>
    public static GenericChart IndexByRegionBox(Survey survey, SurveyIndex index, int edition)
    {
        Require(survey);
        var countries = CountriesOf(survey);
        var ranking = survey.Ranking(index, edition);
        var traces = RegionColors.Regions.Select(region =>
        {
            var rows = ranking.Ranks.Where(r => countries[r.Iso3].Region == region).ToList();
            return Box(rows.Select(r => (double)r.Value), $"{region} (n={rows.Count})", RegionColors.Of(region),
                rows.Select(r => $"{r.Name}: {F(r.Value)}"));
        });
        return new ChartLayout($"{ChartText.ShortName(index)} by region, {edition}",
                $"{ChartText.LongName(index)}; box = quartiles, dashed line = mean; {ranking.Coverage.Countries} countries assessed",
                "Region", ChartText.AxisTitle(index), [edition]) { YRange = (0, 1) }
            .Apply(Combine(traces));
    }

    /// <summary><see cref="IndexByRegionBox"/> of the EGDI.</summary>
    public static GenericChart EgdiByRegionBox(Survey survey, int edition) => IndexByRegionBox(survey, SurveyIndex.Egdi, edition);

    /// <summary>
    /// World map of an index in one edition (locations are ISO3 codes, <c>locationmode</c> "ISO-3", colour scale cividis with the
    /// colour bar titled with the index). Countries not assessed are absent, so they show as no data.
    /// </summary>
    public static GenericChart IndexChoropleth(Survey survey, SurveyIndex index, int edition)
    {
        Require(survey);
        var ranking = survey.Ranking(index, edition);
        var chart = Choropleth(ranking.Ranks.Select(r => r.Iso3), ranking.Ranks.Select(r => (double)r.Value),
            ranking.Ranks.Select(r => $"{r.Name}: {F(r.Value)} (rank {r.CompetitionRank})"), ChartText.AxisTitle(index));
        return new ChartLayout($"{ChartText.ShortName(index)} around the world, {edition}",
                $"{ChartText.LongName(index)}, 0-1; {ranking.Coverage.Countries} countries assessed, {ranking.Coverage.Excluded} not assessed (blank)",
                "", "", [edition])
            .Apply(chart);
    }

    /// <summary>
    /// The spread of an index by World Bank income group (2018) in one edition: the mean as a bar with a whisker from the minimum
    /// to the maximum, from <see cref="Disparities.Of"/>; labels give n and the Gini.
    /// </summary>
    public static GenericChart DisparityByIncomeGroup(Survey survey, SurveyIndex index, int edition)
    {
        Require(survey);
        var table = survey.Disparities(index, edition, Grouping.IncomeGroup2018);
        var groups = table.Groups.OrderByDescending(g => g.Summary.Mean).ToList();
        var names = groups.Select(g => g.Group).ToList();
        var chart = Column(names, groups.Select(g => g.Summary.Mean), $"Mean {ChartText.ShortName(index)}", OkabeIto.Blue,
                groups.Select(g => $"mean {F(g.Summary.Mean)} (n={g.Summary.Count}, Gini {F(g.Gini)})"), showLegend: false)
            .Apply(YErrors(groups.Select(g => g.Summary.Max - g.Summary.Mean), groups.Select(g => g.Summary.Mean - g.Summary.Min)));
        return new ChartLayout($"{ChartText.ShortName(index)} by income group, {edition}",
                $"Bar = mean, whisker = minimum to maximum; world mean {F(table.World.Summary.Mean)}; income groups of 2018 (World Bank)",
                "Income group (World Bank, 2018)", ChartText.AxisTitle(index), [edition]) { XCategories = names, YRange = (0, 1.05) }
            .Apply(chart);
    }
}
