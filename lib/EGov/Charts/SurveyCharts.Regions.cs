using EGov.Analysis;
using EGov.Data;
using Plotly.NET;
using static EGov.Charts.PlotlyFs;

namespace EGov.Charts;

public static partial class SurveyCharts
{
    /// <summary>
    /// Stacked bars of the share (%) of countries in each level group of an index, per region and for the world, in one edition,
    /// from <see cref="LevelShares.Of"/>. One trace per level group, coloured by <see cref="LevelColors"/>.
    /// </summary>
    public static GenericChart LevelSharesByRegion(Survey survey, int edition, SurveyIndex index = SurveyIndex.Egdi)
    {
        Require(survey);
        var shares = survey.LevelShares(index, Grouping.Region, [edition]).Concat(survey.LevelShares(index, Grouping.World, [edition])).ToList();
        var scopes = RegionColors.Regions.Append(RegionColors.World).ToList();
        var traces = LevelColors.Levels.Select(level =>
        {
            var rows = scopes.Select(s => shares.Single(x => x.Scope == s && x.Level == level)).ToList();
            return Column(scopes.Select(s => $"{s} (n={rows[scopes.IndexOf(s)].Total})"), rows.Select(r => 100 * r.Share), level.Label(),
                LevelColors.Of(level), rows.Select(r => r.Count == 0 ? "" : $"{F(100 * r.Share, 0)}%"), stacked: true);
        });
        return new ChartLayout($"{ChartText.ShortName(index)} level groups by region, {edition}",
                $"Share of assessed countries per level: {ChartText.LevelBands} ({ChartText.ShortName(index)}, 0-1)",
                "Region (n = countries assessed)", "Share of countries (%)", [edition]) { YRange = (0, 100) }
            .Apply(Combine(traces));
    }

    /// <summary>
    /// Grouped bars of the mean OSI, HCI and TII per region in one edition (x: component, one bar per region in its region colour),
    /// from <see cref="Disparities.Of"/>.
    /// </summary>
    public static GenericChart ComponentsByRegion(Survey survey, int edition)
    {
        Require(survey);
        SurveyIndex[] components = [SurveyIndex.Osi, SurveyIndex.Hci, SurveyIndex.Tii];
        var tables = components.Select(c => survey.Disparities(c, edition, Grouping.Region)).ToList();
        var keys = components.Select(ChartText.ShortName).ToList();
        var traces = RegionColors.Regions.Select(region =>
        {
            var means = tables.Select(t => t.Group(region).Summary.Mean).ToList();
            return Column(keys, means, region, RegionColors.Of(region), means.Select(m => F(m, 2)));
        });
        return new ChartLayout($"EGDI components by region, {edition}",
                "Mean Online Service (OSI), Human Capital (HCI) and Telecommunication Infrastructure (TII) indices of the assessed countries, 0-1",
                "Component of the EGDI", "Regional mean (index, 0-1)", [edition]) { XCategories = keys, YRange = (0, 1) }
            .Apply(Combine(traces));
    }

    /// <summary>
    /// World and regional mean EGDI over every edition (one line per region plus the world, dashed), from
    /// <see cref="Disparities.OverEditions"/>, with the methodology caveat under the source line.
    /// </summary>
    public static GenericChart RegionalMeansOverEditions(Survey survey, SurveyIndex index = SurveyIndex.Egdi)
    {
        Require(survey);
        var trend = survey.DisparityTrend(index, Grouping.Region);
        var (editions, tables) = (trend.Editions, trend.Tables);
        var traces = RegionColors.Regions
            .Select(region => Line(editions, tables.Select(t => t.Group(region).Summary.Mean), region, RegionColors.Of(region),
                text: tables.Select(t => $"{region} {t.Edition}: {F(t.Group(region).Summary.Mean)} (n={t.Group(region).Summary.Count})")))
            .Append(Line(editions, tables.Select(t => t.World.Summary.Mean), RegionColors.World, RegionColors.Of(RegionColors.World),
                text: tables.Select(t => $"World {t.Edition}: {F(t.World.Summary.Mean)} (n={t.World.Summary.Count})"),
                dash: StyleParam.DrawingStyle.Dash));
        return new ChartLayout($"Mean {ChartText.ShortName(index)} by region, {editions[0]}-{editions[^1]}",
                $"Unweighted mean of the countries assessed in each edition; {ChartText.LongName(index)}, 0-1",
                "Survey edition", $"Mean {ChartText.AxisTitle(index)}", editions) { Note = ChartText.MethodologyCaveat, YRange = (0, 1) }
            .Apply(Combine(traces));
    }
}
