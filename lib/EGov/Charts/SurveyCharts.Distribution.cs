using EGov.Analysis;
using EGov.Data;
using Plotly.NET;
using static EGov.Charts.PlotlyFs;

namespace EGov.Charts;

public static partial class SurveyCharts
{
    /// <summary>
    /// Box plot of an index per UN region in one edition, every country shown as a point (hover: name and value), mean dashed.
    /// The title names the regions with the highest and the lowest mean (from <see cref="SurveyAnalysis.Disparities"/>).
    /// </summary>
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
        return new ChartLayout($"{RegionMeansHeadline(survey, index, edition)}, {edition}",
                $"{ChartText.LongName(index)}; box = quartiles, dashed line = mean; {ranking.Coverage.Countries} countries assessed",
                "Region", ChartText.AxisTitle(index), [edition]) { YRange = (0, 1) }
            .Apply(Combine(traces));
    }

    /// <summary>
    /// Box plots of an index per UN region for several editions side by side (one box per region and edition, the editions in
    /// the region's colour, lighter for earlier editions), to see how each region moved. The title states the change of the regional means
    /// between the first and the last edition given. Flagged values are left out by default (<see cref="FlaggedValues"/>), and
    /// the note names them.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two editions, or more than three.</exception>
    public static GenericChart IndexByRegionOverEditions(Survey survey, SurveyIndex index, IReadOnlyList<int> editions, FlaggedValues flagged = FlaggedValues.Exclude)
    {
        Require(survey);
        ArgumentNullException.ThrowIfNull(editions);
        if (editions.Count is < 2 or > 3) throw new ArgumentException("Give two or three editions.", nameof(editions));
        // Each region in its own colour, the editions as tints of it from light (first) to full (last), side by side in edition order.
        double[] tints = editions.Count == 2 ? [0.55, 0] : [0.6, 0.3, 0];
        var countries = CountriesOf(survey);
        var trend = survey.DisparitiesOverEditions(index, Grouping.Region, editions, flagged);
        var left = trend.Excluded.Select(f => (f.Edition, f.Iso3)).ToHashSet();
        var traces = editions.SelectMany((edition, i) =>
        {
            var ranks = survey.Ranking(index, edition).Ranks.Where(r => !left.Contains((edition, r.Iso3))).ToList();
            var year = edition.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return RegionColors.Regions.Select(region =>
            {
                var mine = ranks.Where(r => countries[r.Iso3].Region == region).ToList();
                return GroupedBox(mine.Select(_ => region), mine.Select(r => (double)r.Value), $"{region} {year}", Tint(RegionColors.Of(region), tints[i]),
                    mine.Select(r => $"{r.Name} {edition}: {F(r.Value)}"), offsetGroup: year, showLegend: false);
            });
        });
        var (first, last) = (trend.Tables[0], trend.Tables[^1]);
        var rises = RegionColors.Regions.Count(r => last.Group(r).Summary.Mean > first.Group(r).Summary.Mean);
        var title = rises == RegionColors.Regions.Count
            ? $"Every region's mean {ChartText.ShortName(index)} rose from {editions[0]} to {editions[^1]}"
            : $"The mean {ChartText.ShortName(index)} rose in {rises} of {RegionColors.Regions.Count} regions from {editions[0]} to {editions[^1]}";
        return new ChartLayout(title, $"{ChartText.LongName(index)}; per region one box per edition, {string.Join(", ", editions)} from left to right (lighter = earlier); box = quartiles, dashed line = mean",
                "Region", ChartText.AxisTitle(index), editions)
            { YRange = (0, 1), XCategories = RegionColors.Regions, BoxGroups = true, Note = ChartText.WithExcluded(null, trend.Excluded, flagged) }
            .Apply(Combine(traces));
    }

    /// <summary>A colour mixed with white: <paramref name="white"/> = 0 keeps it, 1 is white.</summary>
    private static string Tint(string hex, double white)
    {
        int Channel(int i) => (int)Math.Round(Convert.ToInt32(hex.Substring(1 + 2 * i, 2), 16) * (1 - white) + 255 * white);
        return $"#{Channel(0):X2}{Channel(1):X2}{Channel(2):X2}";
    }

    /// <summary>
    /// World map of an index in one edition (locations are ISO3 codes, <c>locationmode</c> "ISO-3", colour scale cividis with the
    /// colour bar titled with the index). Countries not assessed are absent, so they show as no data. The title names the
    /// highest and the lowest country.
    /// </summary>
    public static GenericChart IndexChoropleth(Survey survey, SurveyIndex index, int edition)
    {
        Require(survey);
        var ranking = survey.Ranking(index, edition);
        // The colour scale spans the whole index, 0 to 1, so the lowest country is not drawn as if it were at 0.
        var chart = GenericChart.mapTrace(Microsoft.FSharp.Core.FuncConvert.FromFunc<Trace, Trace>(trace =>
            {
                trace.SetProperty("zmin", 0.0);
                trace.SetProperty("zmax", (double)SurveySchema.Of(index).Maximum);
                // The colour bar's title runs along its right side, clear of the tick labels at its ends.
                var title = new DynamicObj.DynamicObj();
                title.SetProperty("text", ChartText.AxisTitle(index));
                title.SetProperty("side", "right");
                var colorBar = new DynamicObj.DynamicObj();
                colorBar.SetProperty("title", title);
                trace.SetProperty("colorbar", colorBar);
                return trace;
            }),
            Choropleth(ranking.Ranks.Select(r => r.Iso3), ranking.Ranks.Select(r => (double)r.Value),
                ranking.Ranks.Select(r => $"{r.Name}: {F(r.Value)} (rank {r.CompetitionRank})"), ChartText.AxisTitle(index)));
        var (top, bottom) = (ranking.Ranks[0], ranking.Ranks[^1]);
        var iso3s = ranking.Ranks.Select(r => r.Iso3).ToList();
        var dots = iso3s.Count(WorldMap.IsDot);
        var missing = WorldMap.NotDrawable(iso3s).Select(c => survey.Country(c).Name).ToList();
        return new ChartLayout($"{ChartText.ShortName(index)} around the world, {edition}: from {F(bottom.Value, 2)} in {bottom.Name} to {F(top.Value, 2)} in {top.Name}",
                $"{ChartText.LongName(index)}, 0-1; {ranking.Coverage.Countries} countries assessed, {ranking.Coverage.Excluded} not assessed (blank); " +
                $"{dots} small states as dots" + (missing.Count > 0 ? $", {string.Join(" and ", missing)} not drawn (no map geometry)" : ""),
                "", "", [edition])
            .Apply(chart);
    }

    /// <summary>
    /// The spread of an index by World Bank income group (2018) in one edition, groups from low to high income: the mean as a
    /// bar (its value written inside, at the foot) with a whisker from the minimum to the maximum, from <see cref="SurveyAnalysis.Disparities"/>;
    /// n and the Gini are written under each group. The title says whether the mean rises with income.
    /// </summary>
    public static GenericChart DisparityByIncomeGroup(Survey survey, SurveyIndex index, int edition)
    {
        Require(survey);
        var table = survey.Disparities(index, edition, Grouping.IncomeGroup2018);
        var groups = table.Groups.ToList();
        var names = groups.Select(g => $"{g.Group}<br>n={g.Summary.Count}, Gini {F(g.Gini, 2)}").ToList();
        var chart = Column(names, groups.Select(g => g.Summary.Mean), $"Mean {ChartText.ShortName(index)}", OkabeIto.Blue,
                groups.Select(g => $"mean {F(g.Summary.Mean)}"), showLegend: false, textInsideBase: true)
            .Apply(YErrors(groups.Select(g => g.Summary.Max - g.Summary.Mean), groups.Select(g => g.Summary.Mean - g.Summary.Min)));
        var rising = groups.Zip(groups.Skip(1)).All(p => p.Second.Summary.Mean > p.First.Summary.Mean);
        var title = rising
            ? $"The mean {ChartText.ShortName(index)} rises with income: from {F(groups[0].Summary.Mean, 2)} ({groups[0].Group.ToLowerInvariant()}) to {F(groups[^1].Summary.Mean, 2)} ({groups[^1].Group.ToLowerInvariant()}), {edition}"
            : $"{ChartText.ShortName(index)} by income group, {edition}";
        return new ChartLayout(title,
                $"Bar = mean, whisker = minimum to maximum; world mean {F(table.World.Summary.Mean)}; income groups of 2018 (World Bank)",
                "Income group (World Bank, 2018), from low to high income", ChartText.AxisTitle(index), [edition]) { XCategories = names, YRange = (0, 1) }
            .Apply(chart);
    }

    /// <summary>
    /// Every UN sub-region in one edition as a horizontal line from its lowest to its highest country with a dot at the mean,
    /// coloured by region and sorted by the mean, from <see cref="SurveyAnalysis.Disparities"/>; the weakest and strongest countries are
    /// written in the sub-region's label. The title names the sub-regions with the lowest and the highest mean.
    /// </summary>
    public static GenericChart SubRegionRanges(Survey survey, SurveyIndex index, int edition)
    {
        Require(survey);
        var table = survey.Disparities(index, edition, Grouping.SubRegion);
        var countries = CountriesOf(survey);
        var regionOf = survey.Countries.GroupBy(c => c.SubRegion).ToDictionary(g => g.Key, g => g.First().Region, StringComparer.Ordinal);
        var rows = table.Groups.OrderBy(g => g.Summary.Mean).ToList();
        // The weakest and strongest countries are written in the category label, where nothing else is drawn.
        var labels = rows.Select(g => $"{g.Group} (n={g.Summary.Count}): {g.MinIso3} {F(g.Summary.Min, 2)} to {g.MaxIso3} {F(g.Summary.Max, 2)}").ToList();
        var traces = new List<GenericChart>();
        foreach (var region in RegionColors.Regions)
        {
            var mine = rows.Select((g, i) => (g, Label: labels[i])).Where(x => regionOf[x.g.Group] == region).ToList();
            if (mine.Count == 0) continue;
            var colour = RegionColors.Of(region);
            traces.AddRange(mine.Select((x, i) => HorizontalRange(x.g.Summary.Min, x.g.Summary.Max, x.Label, colour, "", "")));
            traces.Add(HorizontalPoints(mine.Select(x => x.g.Summary.Mean), mine.Select(x => x.Label), region, colour,
                mine.Select(x => $"{x.g.Group}: mean {F(x.g.Summary.Mean)}, {countries[x.g.MinIso3].Name} {F(x.g.Summary.Min)} to {countries[x.g.MaxIso3].Name} {F(x.g.Summary.Max)}")));
        }
        var (low, high) = (rows[0], rows[^1]);
        return new ChartLayout($"Mean {ChartText.ShortName(index)} by sub-region, {edition}: from {F(low.Summary.Mean, 2)} in {low.Group} to {F(high.Summary.Mean, 2)} in {high.Group}",
                $"Dot = sub-region mean, line = lowest to highest country (named in the label); colour = region; {table.Coverage.Countries} countries; sub-regions as M49 names them (intermediate regions in Africa and Latin America)",
                ChartText.AxisTitle(index), "Sub-region (n = countries): lowest to highest country", [edition])
            { YCategories = labels, XRange = (0, 1), Height = Math.Max(600, 26 * rows.Count + 240), ShowLegend = true }
            .Apply(Combine(traces));
    }

    /// <summary>
    /// A title stating which regions have the highest and the lowest mean of an index in an edition, e.g.
    /// "Europe has the highest mean EGDI (0.85), Africa the lowest (0.42)", from <see cref="SurveyAnalysis.Disparities"/>.
    /// </summary>
    public static string RegionMeansHeadline(Survey survey, SurveyIndex index, int edition)
    {
        Require(survey);
        var groups = survey.Disparities(index, edition, Grouping.Region).Groups;
        var (top, bottom) = (groups.MaxBy(g => g.Summary.Mean)!, groups.MinBy(g => g.Summary.Mean)!);
        return $"{top.Group} has the highest mean {ChartText.ShortName(index)} ({F(top.Summary.Mean, 2)}), {bottom.Group} the lowest ({F(bottom.Summary.Mean, 2)})";
    }
}
